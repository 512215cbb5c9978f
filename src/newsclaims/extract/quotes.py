"""Quotes and their speaker mentions in a text.

First cut: direct quotes between paired marks, with a trailing or leading
"X said" attribution; single-mark short quotes without attribution are scare quotes.
Reported speech without marks is not found yet.
"""

from __future__ import annotations

import re

from newsclaims.extract.layout import Layout
from newsclaims.model import Quote, Span

# Quote-mark pairs used in English news (straight, curly, low-9, guillemets).
_QUOTE = re.compile(
    r"“([^“”\n]{1,2000})”|\"([^\"\n]{1,2000})\"|„([^„“”\n]{1,2000})[“”]|«([^«»\n]{1,2000})»|‘((?:[^‘’\n]|’(?=\w)){1,300})’(?!\w)"
)

# Cue verbs of attribution (common English reporting verbs; hand-written list).
_CUES = (
    "said|says|added|explained|declared|stated|claimed|told|wrote|asked|noted|insisted|argued|warned|replied|continued"
)
_NAME = r"(?:he|she|they|it|we|I|(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*|the\s+[a-z]+(?:\s+[a-z]+){0,2})"
_AFTER = re.compile(rf"\s*(?P<spk>{_NAME})\s+(?P<cue>{_CUES})\b|\s*(?P<cue2>{_CUES})\s+(?P<spk2>{_NAME})")
_BEFORE = re.compile(rf"(?P<spk>{_NAME})\s+(?P<cue>{_CUES})(?:\s+\w+)?\s*[,:]?\s*$")


# "X said (that) CLAUSE." and "CLAUSE, X said." within one sentence.
_SENT = re.compile(r"[^\n.!?]*(?:[.!?]+(?=\s|$)|\n|$)")
_SAID_THAT = re.compile(
    rf"(?P<spk>{_NAME})\s+(?:\w+ly\s+)?(?P<cue>{_CUES})(?:\s+(?:reporters|[A-Z]\w+|him|her|them))?\s+(?P<c>that\s.+)"
)
_CLAUSE_SAID = re.compile(rf"^\s*(?P<c>[^,\n]{{12,}}),\s+(?P<spk>{_NAME})\s+(?P<cue>{_CUES})\b")


def _reported(text: str) -> list[Quote]:
    out: list[Quote] = []
    for sm in _SENT.finditer(text):
        if sm.end() <= sm.start():
            continue
        m = _SAID_THAT.search(text, sm.start(), sm.end()) or _CLAUSE_SAID.match(text[: sm.end()], sm.start())
        if m is None:
            continue
        end = m.end("c")
        while end > m.start("c") and text[end - 1] in ".!? \n":
            end -= 1
        if end - m.start("c") < 8:
            continue
        out.append(
            Quote(
                kind="indirect",
                contents=(Span(start=m.start("c"), end=end),),
                cue=Span(start=m.start("cue"), end=m.end("cue")),
                speaker_mentions=(Span(start=m.start("spk"), end=m.end("spk")),),
            )
        )
    return out


def find_quotes(text: str, layout: Layout) -> list[Quote]:
    """Every quote of the text, in text order, with speaker mentions as written (speaker unresolved)."""
    del layout
    quotes: list[Quote] = []
    for m in _QUOTE.finditer(text):
        group = next(g for g in range(1, 6) if m.group(g) is not None)
        content = Span(start=m.start(group), end=m.end(group))
        after = _AFTER.match(text, m.end(), min(len(text), m.end() + 80))
        before = _BEFORE.search(text, max(0, m.start() - 80), m.start())
        cue: Span | None = None
        mentions: tuple[Span, ...] = ()
        if after is not None:
            c, s = ("cue", "spk") if after.group("cue") else ("cue2", "spk2")
            cue = Span(start=after.start(c), end=after.end(c))
            mentions = (Span(start=after.start(s), end=after.end(s)),)
        elif before is not None:
            cue = Span(start=before.start("cue"), end=before.end("cue"))
            mentions = (Span(start=before.start("spk"), end=before.end("spk")),)
        words = len(m.group(group).split())
        if cue is None and (group == 5 or words <= 4):
            quotes.append(Quote(kind="scare", contents=(content,)))
        else:
            quotes.append(Quote(kind="direct", contents=(content,), cue=cue, speaker_mentions=mentions))
    reported = _reported(text)
    kept: list[Quote] = []
    for q in quotes:
        qc = q.contents[0]
        if any(r.contents[0].start <= qc.start and qc.end <= r.contents[0].end for r in reported):
            continue
        kept.append(q)
    for r in reported:
        rc = r.contents[0]
        if any(k.contents[0].start < rc.end and rc.start < k.contents[0].end for k in kept):
            continue
        kept.append(r)
    kept.sort(key=lambda q: q.contents[0].start)
    return kept
