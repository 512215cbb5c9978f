"""Claims in one article.

PLACEHOLDER: finds nothing yet. To be replaced by the claim finder.
"""

from __future__ import annotations

from newsclaims.model import Article, Claim


def find_claims(article: Article) -> tuple[Claim, ...]:
    """Every checkable claim of the article: attributed statements and the article's own factual ones."""
    del article
    return ()
