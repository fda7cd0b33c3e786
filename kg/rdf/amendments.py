"""RDF mapping of amendment records: decision × target → gkg:Amendment with its modifications.

One ``gkg:Amendment`` per record (JOLux-style impact) links the deciding document
(``gkg:amendingDocument``) and the target (``gkg:targetDocument``) with the action as a SKOS concept
and the effective date; each textual change becomes a ``gkg:TextualModification`` (Akoma Ntoso
style) under it. The deciding document also gets the plain ELI link a reader expects: eli:amends,
eli:repeals, or eli:changes for a declaration of invalidity (宣布失效 is not a repeal). A record
says ``repeal`` for both, its ``form`` 宣布失效 telling the declaration apart: the concept here is
then ``expire`` (records of older builds that say ``expire`` map the same). Only the
forward links are written; ELI's inverses (eli:amended_by …) follow from the ontology, and stating
both would double every link without adding a fact. An act the text names neither by number nor
by title (an unnumbered 公告, a copy that lost its head) is a gkg:UnnamedDocument known by the
statement that reports it: the amendment is stated all the same, never by another act's node.
"""

from __future__ import annotations

from rdflib import URIRef

from kg.namespaces import ELI, GKG, RDF, XSD
from kg.rdf.context import MapContext, span_labels
from kg.records import AmendmentRecord, Record, TextChange
from kg.text import docnumber

ACTION_SCHEME = "amendment-action"
TYPE_SCHEME = "modification-type"
_ELI_LINK = {"amend": ELI.amends, "repeal": ELI.repeals, "expire": ELI.changes}
_VERB = {"amend": "修改", "repeal": "废止", "expire": "宣布失效"}
_VERB_EN = {"amend": "amends", "repeal": "repeals", "expire": "declares no longer in force"}
# How an act named neither by number nor by title is labelled (_unnamed_act)
UNNAMED = "文号、标题未载的文件"
UNNAMED_EN = "an act whose number and title the text does not give"


def map_amendment(record: Record, ctx: MapContext) -> None:
    """Write one amendment record: the two documents, the amendment node, its modifications."""
    assert isinstance(record, AmendmentRecord)
    if not (record.target_number or record.target_title):
        return  # nothing to link: the extractor has warned about the line
    span = record.source
    if record.by or record.by_title:
        decision = _document(ctx, record, record.by, record.by_title, keep_title=False)
        target = _document(ctx, record, record.target_number, record.target_title, keep_title=True)
    else:
        target = _document(ctx, record, record.target_number, record.target_title, keep_title=True)
        decision = _unnamed_act(ctx, record, target) if target is not None else None
    if decision is None or target is None:
        return  # a 主席令 number without its term, and no title: no key (kg.text.docnumber)
    amendment = ctx.minter.amendment(decision, target)
    ctx.add(amendment, RDF.type, GKG.Amendment)
    ctx.add(amendment, GKG.amendingDocument, decision)
    ctx.add(amendment, GKG.targetDocument, target)
    action = concept_action(record)
    ctx.add(amendment, GKG.amendmentAction, ctx.minter.concept(ACTION_SCHEME, action))
    ctx.date(amendment, GKG.effectiveFrom, record.effective)
    ctx.names(amendment, _label(record), _label_en(record))
    ctx.derived(amendment, span)
    link = _ELI_LINK.get(action)
    if link is not None:
        ctx.add(decision, link, target)
    if action == "amend":
        for ordinal, change in enumerate(record.changes, 1):
            _modification(ctx, amendment, change, ordinal, record)


def _document(
    ctx: MapContext,
    record: AmendmentRecord,
    number: str | None,
    title: str | None,
    keep_title: bool,
) -> URIRef | None:
    """A document by its number, or by its title when it has none or one the parser cannot read
    (中華人民共和國國務院令第645號 in traditional script): then by the number's text if no title.
    A presidential order's number without its term is known by its title (None without one)."""
    parsed = docnumber.parse_written(number)
    if parsed is not None:
        keep_title = keep_title or docnumber.needs_term(parsed)
        return ctx.document(record.source, number=number, title=title if keep_title else None)
    return ctx.document(record.source, title=title or number)


def _unnamed_act(ctx: MapContext, record: AmendmentRecord, target: URIRef) -> URIRef:
    """The act a text reports amending or repealing T without naming it by number or by title
    (the unnumbered 公告 that publishes a revised 办法, HA-23; the notice whose copy lost its
    title, HA-24; a decision whose copy starts at its body, K-07; a session's revision of a
    条例 in a news report, F-12): a real document all the same, a gkg:UnnamedDocument known by
    the statement that reports it. Its IRI is keyed by that statement (source, line, target,
    action), so that it never meets another act: a 公告 of one issuer on one day is no key (a
    standing committee publishes several on a session's last day), nor is a line (会议表决通过了
    …修订案 reports one act per 条例 on one line). Where the extractor says several records are
    one act (``act_line``: a decision's list of repeals and amendments whose copy lost its head,
    K-07; one 上述 decision reported, A-48), that act is one node, known by the line its text or
    report opens at, whatever its targets."""
    action = concept_action(record)
    if record.act_line is not None:
        iri = ctx.minter.unnamed_act(ctx.source_key, record.act_line)
        if not ctx.has_label(iri):
            at_zh, at_en = span_labels(
                ctx.file_name or ctx.source_key, record.act_line, record.act_line
            )
            ctx.names(iri, f"{UNNAMED}（{at_zh}起）", f"{UNNAMED_EN} ({at_en} on)")
    else:
        iri = ctx.minter.unnamed_document(ctx.source_key, record.source.start_line, target, action)
        ctx.names(
            iri,
            f"{_decider(record)}（{_VERB.get(action, action)}{_target(record)}）",
            f"{_decider_en(record)} ({_VERB_EN.get(action, action)} {_target(record)})",
        )
    ctx.add(iri, RDF.type, ELI.LegalResource)
    ctx.add(iri, RDF.type, GKG.UnnamedDocument)
    ctx.derived(iri, record.source)
    return iri


def _decider(record: AmendmentRecord) -> str:
    return record.by or record.by_title or UNNAMED


def _decider_en(record: AmendmentRecord) -> str:
    return record.by or record.by_title or UNNAMED_EN


def concept_action(record: AmendmentRecord) -> str:
    """The amendment-action concept: amend, repeal, or expire for a repeal in the form 宣布失效."""
    if record.action == "repeal" and record.form == "宣布失效":
        return "expire"
    return record.action


def _modification(
    ctx: MapContext, amendment: URIRef, change: TextChange, ordinal: int, record: AmendmentRecord
) -> None:
    node = ctx.minter.modification(amendment, change.provision, ordinal)
    ctx.add(node, RDF.type, GKG.TextualModification)
    ctx.add(amendment, GKG.hasModification, node)
    notation = "renumber" if change.note == "renumber" else change.type
    ctx.add(node, GKG.modificationType, ctx.minter.concept(TYPE_SCHEME, notation))
    ctx.add(node, GKG.modificationOrder, ordinal, datatype=XSD.positiveInteger)
    ctx.add(node, GKG.provision, change.provision)
    ctx.add(node, GKG.newProvision, change.new_provision)
    ctx.add(node, GKG.insertPosition, change.position)
    ctx.add(node, GKG.oldText, change.old_text, lang="zh")
    ctx.add(node, GKG.newText, change.new_text, lang="zh")
    ctx.add(node, GKG.anchorText, change.anchor, lang="zh")
    where = f"（{change.provision}）" if change.provision else ""
    where_en = f" ({change.provision})" if change.provision else ""
    ctx.names(
        node,
        f"{_label(record)} 第{ordinal}处修改{where}",
        f"change {ordinal}{where_en} of {_target(record)} by {_decider_en(record)}",
    )
    ctx.derived(node, record.source)


def _target(record: AmendmentRecord) -> str:
    target = f"《{record.target_title}》" if record.target_title else ""
    if record.target_number:
        target += f"（{record.target_number}）" if target else record.target_number
    return target


def _label(record: AmendmentRecord) -> str:
    """温政发〔2023〕18号废止《…》(温政办〔2021〕81号) — readable in views and query results."""
    action = concept_action(record)
    return f"{_decider(record)}{_VERB.get(action, action)}{_target(record)}"


def _label_en(record: AmendmentRecord) -> str:
    """温政发〔2023〕18号 repeals 《…》（温政办〔2021〕81号）."""
    action = concept_action(record)
    return f"{_decider_en(record)} {_VERB_EN.get(action, action)} {_target(record)}"
