"""Inputs -> Article: plain text, HTML, NITF, NewsML-G2, ninjs, ClaimReview markup."""
