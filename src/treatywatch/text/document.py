"""From a stored Article to a Document ready to be understood (pure)."""

from __future__ import annotations

from ..lexicon.types import Lexicon
from ..models import Article, Document
from .language import contradicted, identify
from .sentences import split_sentences


def make_document(article: Article, lexicon: Lexicon | None = None) -> Document:
    """Identify the language when the article's metadata does not give it (or gives one the text plainly
    is not written in: the text wins), and split sentences."""
    if lexicon is None:
        from ..lexicon import load_lexicon  # the default pack, loaded once (functools.cache)

        lexicon = load_lexicon()
    language = article.language or identify(article.text, lexicon)
    if article.language:
        language = contradicted(article.text, article.language) or language
    return Document(
        article_id=article.id,
        text=article.text,
        language=language,
        sentences=split_sentences(article.text, lexicon.language(language)),
        published=article.published,
        published_how=article.published_how,
        title=article.title,
    )
