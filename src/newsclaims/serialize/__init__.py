"""Model -> outputs: JSON-LD, ClaimReview, ninjs, Citron quotes."""
