"""quotetrack: quote attribution and fact tracking in news text.

>>> import quotetrack
>>> result = quotetrack.extract('"We will win," Jane Doe said.')
>>> [(q.speaker.name, q.kind) for q in result.quotes]
[('Jane Doe', 'direct')]
"""

from .model import ArticleResult, Entity, Mention, Quote, Span
from .pipeline import QuoteTracker, attribute_document, extract, from_conllu

__all__ = [
    "ArticleResult",
    "Entity",
    "Mention",
    "Quote",
    "QuoteTracker",
    "Span",
    "attribute_document",
    "extract",
    "from_conllu",
]
__version__ = "0.1.0"
