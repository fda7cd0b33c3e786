// gazette-kg indicators page: text search, the "only unmet" filter and the per-row details.
// The table is rendered (escaped) by the template; this script only shows and hides rows, reading
// the search index from the JSON island. window.gkg exposes the state for tests.
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  var data = JSON.parse(document.getElementById("gkg-data").textContent);
  var box = document.getElementById("gkg-search");
  var unmetOnly = document.getElementById("gkg-unmet");
  var status = document.getElementById("gkg-status");
  var state = window.gkg = {ready: false};

  // A row and its sub-indicators (①②③) are shown or hidden together.
  var groups = {};
  var order = [];
  data.rows.forEach(function (r) {
    if (!groups[r.group]) { groups[r.group] = {unmet: false, rows: []}; order.push(r.group); }
    groups[r.group].rows.push(r);
    if (r.unmet) { groups[r.group].unmet = true; }
  });

  function setShown(id, shown) {
    document.getElementById(id).classList.toggle("off", !shown);
    document.getElementById(id + "-more").classList.toggle("off", !shown);
  }

  function apply() {
    var q = box.value.trim().toLowerCase();
    var only = unmetOnly.checked;
    var shown = 0;
    var perTable = {};
    order.forEach(function (key) {
      var group = groups[key];
      var visible = (!only || group.unmet) && (!q || group.rows.some(function (r) {
        return r.text.indexOf(q) >= 0;
      }));
      group.rows.forEach(function (r) {
        setShown(r.id, visible);
        if (visible) {
          shown += 1;
          perTable[r.table] = (perTable[r.table] || 0) + 1;
        }
      });
    });
    document.querySelectorAll("section.gkg-table").forEach(function (section) {
      section.querySelector("p.empty").hidden = (perTable[section.id] || 0) > 0;
    });
    status.textContent = shown + " of " + data.total + " rows shown";
    state.shown = shown;
    return shown;
  }

  box.addEventListener("input", apply);
  unmetOnly.addEventListener("change", apply);
  document.getElementById("gkg-controls").addEventListener("submit", function (event) {
    event.preventDefault();
    apply();
  });

  document.querySelectorAll("button.more").forEach(function (button) {
    button.addEventListener("click", function () {
      var detail = document.getElementById(button.getAttribute("aria-controls"));
      var open = !detail.classList.contains("open");
      detail.classList.toggle("open", open);
      button.setAttribute("aria-expanded", open ? "true" : "false");
    });
  });

  state.apply = apply;
  state.visibleRows = function () {
    return Array.prototype.map.call(
      document.querySelectorAll("tr.row:not(.off)"), function (tr) { return tr.id; });
  };
  state.shown = apply();
  state.ready = true;
})();
