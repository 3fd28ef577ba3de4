"""`rasd story` as a terminal page: the timeline, then where the story stands."""
from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text


def _src(item: dict) -> str:
    return " · ".join(filter(None, [item.get("source") or item.get("speaker"), item.get("outlet"), item.get("article")]))


def render_story(view: dict, console: Console) -> None:
    dates = " – ".join(dict.fromkeys(filter(None, [view["first_date"], view["last_date"]])))
    heading = Text(view["title"] or "", style="bold")     # a Text, so brackets in a title are not markup
    heading.append(f"  (story {view['id']}, {view['size']} articles{', ' + dates if dates else ''})")
    console.print(heading)
    table = Table("when", "event", "status", "trigger", "source", title="timeline")
    for e in view["timeline"]:
        table.add_row(e["when"] or "?", e["type"] + (f"/{e['mode']}" if e["mode"] else ""), e["status"],
                      e["trigger"], _src(e))
    console.print(table)
    state = view["state"]
    if state["positions"]:
        t = Table("party", "stance", "latest position", "where", title="positions now")
        for p in state["positions"]:
            t.add_row(p["speaker"], p["stance"], (p["content"] or p["cue"])[:120], _src({**p, "speaker": None}))
        console.print(t)
    if state["open"] or state["threats"]:
        t = Table("when", "what", "source", title="open deadlines and threats")
        for e in state["open"]:
            t.add_row(e["when"] or "?", f"{e['type']} {e['trigger']} ({e['status']})", _src(e))
        for s in state["threats"]:
            t.add_row(s["when"] or "?", f"{s['stance']} {(s['content'] or '')[:100]}", _src(s))
        console.print(t)
    if state["disputed"]:
        t = Table("event", "reported by", "denied by", "denial", title="disputed")
        for d in state["disputed"]:
            ev = d["event"]
            t.add_row(f"{ev['type']} {ev['trigger']}", f"{ev['source']} ({ev['article']})",
                      f"{d['denied_by'] or '—'} ({d['denial_article']})", (d["denial"] or d["denial_cue"] or "")[:100])
        console.print(t)
