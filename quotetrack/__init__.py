"""quotetrack: quote attribution and fact tracking in news text."""
