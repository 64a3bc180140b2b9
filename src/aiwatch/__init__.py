"""aiwatch: raw Chinese news about the AI industry in, clean structured intelligence out."""

from aiwatch.article import Article
from aiwatch.options import Options

__all__ = ["Article", "Options", "__version__"]
__version__ = "0.1.0"
