"""quotetrack: quote attribution and fact tracking in news text.

>>> import quotetrack
>>> result = quotetrack.extract('"We will win," Jane Doe said.')
>>> [(q.speaker.name, q.kind) for q in result.quotes]
[('Jane Doe', 'direct')]
"""

from .graph import build_graph, draw_graph, read_graph, speaker_graph, write_graph, write_graphml
from .identity import EntityResolver, load_alias_table
from .model import ArticleResult, Entity, Mention, Quote, Span
from .pipeline import (
    PartialDocumentWarning,
    QuoteTracker,
    attribute_document,
    extract,
    from_conllu,
)
from .store import ClaimStore

__all__ = [
    "ArticleResult",
    "ClaimStore",
    "Entity",
    "EntityResolver",
    "Mention",
    "PartialDocumentWarning",
    "Quote",
    "QuoteTracker",
    "Span",
    "attribute_document",
    "build_graph",
    "draw_graph",
    "extract",
    "from_conllu",
    "load_alias_table",
    "read_graph",
    "speaker_graph",
    "write_graph",
    "write_graphml",
]
__version__ = "0.1.0"
