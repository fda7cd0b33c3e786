// gazette-kg view page: legend filters, date filter, search and text-only tooltips over vis-network.
// Every piece of graph text reaches the page through textContent or vis-network's text labels,
// never as HTML. window.gkg exposes the state for tests.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("gkg-data").textContent);
  var statusLine = document.getElementById("gkg-status");
  var hiddenGroups = {};
  var hiddenBoxes = {};  // agencies: governments unticked in the second filter
  var state = window.gkg = {ready: false};
  var asOf = "";

  function tooltip(item, heading) {
    var box = document.createElement("div");
    box.className = "gkg-tip";
    var title = document.createElement("strong");
    title.textContent = heading;
    box.appendChild(title);
    var table = document.createElement("table");
    item.info.forEach(function (row) {
      var tr = document.createElement("tr");
      var th = document.createElement("th");
      var td = document.createElement("td");
      th.textContent = row[0];
      td.textContent = row[1];
      tr.appendChild(th);
      tr.appendChild(td);
      table.appendChild(tr);
    });
    box.appendChild(table);
    if (item.source) {
      var src = document.createElement("p");
      src.className = "gkg-src";
      src.textContent = "Source: " + item.source;
      box.appendChild(src);
    }
    if (item.quote) {
      var quote = document.createElement("blockquote");
      quote.textContent = item.quote.length > 400 ? item.quote.slice(0, 400) + "…" : item.quote;
      box.appendChild(quote);
    }
    return box;
  }

  var groupCaption = {};
  document.querySelectorAll("#gkg-legend input[data-group]").forEach(function (box) {
    groupCaption[box.getAttribute("data-group")] = box.getAttribute("data-caption");
  });

  var nodeById = {};
  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    nodeById[n.id] = n;
    var item = {
      id: n.id, label: n.label, size: n.size, group: n.group,
      color: {background: n.color, border: n.focus ? "#222" : n.color,
              highlight: {background: n.color, border: "#000"}},
      borderWidth: n.focus ? 3 : 1,
      font: {size: n.font},
      widthConstraint: {maximum: n.font * 12},  // about 12 characters a line at any size
      title: tooltip(n, n.label + " — " + (groupCaption[n.group] || n.kind))
    };
    if (n.x !== undefined) { item.x = n.x; item.y = n.y; }
    return item;
  }));
  var edgeById = {};
  var edges = new vis.DataSet(data.edges.map(function (e) {
    edgeById[e.id] = e;
    return {id: e.id, from: e.from, to: e.to, label: e.label, width: e.width,
            title: tooltip(e, e.label || "link")};
  }));

  // Date filter: an edge dated 2023-06 holds on every day from 2023-06-01; "until" ends it.
  function edgeHolds(e) {
    if (!asOf || !e.date) { return true; }
    if (e.date > asOf.slice(0, e.date.length)) { return false; }
    return !(e.until && e.until <= asOf.slice(0, e.until.length));
  }
  var datedOnly = {};
  data.nodes.forEach(function (n) { datedOnly[n.id] = !n.focus; });
  var degree = {};
  data.edges.forEach(function (e) {
    [e.from, e.to].forEach(function (id) {
      degree[id] = (degree[id] || 0) + 1;
      if (!e.date) { datedOnly[id] = false; }
    });
  });
  function nodeVisible(n) {
    if (hiddenGroups[n.group] || (n.box !== undefined && hiddenBoxes[n.box])) { return false; }
    if (!asOf || !datedOnly[n.id] || !degree[n.id]) { return true; }
    return data.edges.some(function (e) {
      return (e.from === n.id || e.to === n.id) && edgeHolds(e);
    });
  }
  var visibleNode = {};
  function recompute() {
    data.nodes.forEach(function (n) { visibleNode[n.id] = nodeVisible(n); });
  }
  recompute();
  var nodeView = new vis.DataView(nodes, {filter: function (item) { return visibleNode[item.id]; }});
  var edgeView = new vis.DataView(edges, {filter: function (item) {
    var e = edgeById[item.id];
    return visibleNode[e.from] && visibleNode[e.to] && edgeHolds(e);
  }});

  var container = document.getElementById("gkg-network");
  var network = new vis.Network(container, {nodes: nodeView, edges: edgeView}, data.options);

  // Group boxes of a precomputed layout (agencies by government): a frame and a caption drawn
  // under the network, the caption 13 px on screen at any zoom.
  network.on("beforeDrawing", function (ctx) {
    if (!data.boxes.length) { return; }
    var scale = network.getScale();
    ctx.save();
    ctx.lineWidth = 1 / scale;
    ctx.font = (13 / scale) + "px sans-serif";
    ctx.textBaseline = "top";
    data.boxes.forEach(function (box) {
      if (hiddenBoxes[box.group]) { return; }
      ctx.fillStyle = "#f6f8fa";
      ctx.strokeStyle = "#d0d7de";
      ctx.fillRect(box.x, box.y, box.w, box.h);
      ctx.strokeRect(box.x, box.y, box.w, box.h);
      ctx.save();
      ctx.beginPath();
      ctx.rect(box.x, box.y, box.w, box.h);
      ctx.clip();  // a caption wider than its box at this zoom is cut, not spilled on the next
      ctx.fillStyle = "#57606a";
      ctx.fillText(box.caption, box.x + 8 / scale, box.y + 6 / scale);
      ctx.restore();
    });
    ctx.restore();
  });

  function settled() {
    network.setOptions({physics: {enabled: false}});
    statusLine.textContent = "Ready.";
    state.ready = true;
  }
  if (!data.nodes.length) {
    settled();
    statusLine.textContent = "Nothing to show.";
  } else if (data.physics) {
    network.once("stabilizationIterationsDone", settled);
  } else {
    // positions given: frame the whole drawing (labels included) before saying it is ready
    network.fit({animation: false});
    network.once("afterDrawing", settled);
  }

  function refresh() {
    recompute();
    nodeView.refresh();
    edgeView.refresh();
    var shown = rendered();
    document.getElementById("gkg-counts").textContent =
      shown.nodes + " of " + data.nodes.length + " nodes · " +
      shown.edges + " of " + data.edges.length + " edges";
  }

  document.querySelectorAll("#gkg-legend input[data-group]").forEach(function (box) {
    box.addEventListener("change", function () {
      hiddenGroups[box.getAttribute("data-group")] = !box.checked;
      refresh();
    });
  });
  document.querySelectorAll("#gkg-boxes input[data-box]").forEach(function (box) {
    box.addEventListener("change", function () {
      hiddenBoxes[box.getAttribute("data-box")] = !box.checked;
      refresh();
    });
  });
  var dateInput = document.getElementById("gkg-date");
  if (dateInput) {
    dateInput.addEventListener("change", function () { asOf = dateInput.value; refresh(); });
    document.getElementById("gkg-date-clear").addEventListener("click", function () {
      dateInput.value = "";
      asOf = "";
      refresh();
    });
  }

  // Search: labels (case-insensitive substring) and exact IRIs; selects and frames the matches.
  var labels = document.getElementById("gkg-labels");
  data.nodes.map(function (n) { return n.label; }).sort().forEach(function (label, i, all) {
    if (i > 0 && all[i - 1] === label) { return; }
    var option = document.createElement("option");
    option.value = label;
    labels.appendChild(option);
  });
  function search(query) {
    var q = query.trim().toLowerCase();
    var status = document.getElementById("gkg-search-status");
    if (!q) { network.unselectAll(); status.textContent = ""; return []; }
    var found = data.nodes.filter(function (n) {
      if (!visibleNode[n.id]) { return false; }
      if (n.label.toLowerCase().indexOf(q) >= 0) { return true; }
      return n.info.some(function (row) { return row[0] === "IRI" && row[1].toLowerCase() === q; });
    }).map(function (n) { return n.id; });
    network.selectNodes(found);
    if (found.length) { network.fit({nodes: found, animation: false}); }
    status.textContent = found.length === 1 ? "1 match" : found.length + " matches";
    return found;
  }
  document.getElementById("gkg-search-form").addEventListener("submit", function (event) {
    event.preventDefault();
    search(document.getElementById("gkg-search").value);
  });

  function rendered() {
    return {nodes: network.body.nodeIndices.length, edges: network.body.edgeIndices.length};
  }
  state.network = network;
  state.search = search;
  state.rendered = rendered;
  state.idsOf = function (label) {
    return data.nodes.filter(function (n) { return n.label === label; }).map(function (n) {
      return n.id;
    });
  };
  state.tooltip = function (id) { return nodes.get(id).title.textContent; };
  state.labels = function (ids) { return ids.map(function (id) { return nodeById[id].label; }); };
})();
