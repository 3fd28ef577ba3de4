"""The human view of an article record: a readable terminal summary with Rich."""
from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text


def _names(record: dict) -> dict[str, str]:
    return {e["id"]: e["name"] for e in record.get("entities", [])}


def render_article(record: dict, console: Console) -> None:
    names = _names(record)
    times = {t["id"]: t for t in record.get("times", [])}
    head = Text(record.get("title") or "(no headline)", style="bold")
    meta = " · ".join(x for x in (record.get("outlet"), record.get("published"), record.get("id")) if x)
    console.print(Panel(Group(head, Text(meta, style="dim")), expand=True))

    if record.get("entities"):
        t = Table(title="Entities", show_lines=False, expand=True)
        for col in ("id", "type", "name", "mentions", "where"):
            t.add_column(col)
        for e in record["entities"]:
            geo = e.get("geo") or {}
            where = f"{geo['lat']:.3f}, {geo['lon']:.3f} {geo.get('country') or ''}" if geo.get("lat") is not None else ""
            t.add_row(e["id"], e["type"], e["name"], str(len(e.get("mentions", []))), where)
        console.print(t)

    if record.get("attributions"):
        t = Table(title="Who said what (reading order)", show_lines=True, expand=True)
        for col in ("speaker", "stance", "cue", "channel", "content"):
            t.add_column(col, overflow="fold")
        for a in sorted(record["attributions"], key=lambda a: a["cue"]["start"]):
            speaker = names.get(a.get("speaker") or "", a.get("speaker_text") or "?")
            if a.get("anonymous"):
                speaker += " (anonymous)"
            if a.get("speaker_role"):
                speaker += f"\n{a['speaker_role']}"
            content = (a.get("content") or {}).get("text") or ""
            if a.get("direct"):
                content = f"«{content}»"
            channel = names.get(a.get("channel") or "", a.get("channel_text") or "")
            t.add_row(speaker, a["stance"], a["cue"]["text"], channel, content)
        console.print(t)

    if record.get("events"):
        t = Table(title="Events (PLOVER)", show_lines=True, expand=True)
        for col in ("type", "actor", "target", "where", "when", "status", "trigger"):
            t.add_column(col, overflow="fold")
        for v in record["events"]:
            mode = f"/{v['mode']}" if v.get("mode") else ""
            when = times.get(v.get("time") or "", {}).get("value") or ""
            t.add_row(v["type"] + mode, names.get(v.get("actor") or "", ""), names.get(v.get("target") or "", ""),
                      names.get(v.get("location") or "", ""), when, v["status"], v["trigger"]["text"])
        console.print(t)

    if record.get("times"):
        t = Table(title="Times", expand=True)
        for col in ("text", "type", "value"):
            t.add_column(col)
        for x in record["times"]:
            t.add_row(x["text"], x["type"], str(x.get("value")))
        console.print(t)

    for w in record.get("warnings", []):
        console.print(Text(f"! {w}", style="yellow"))
