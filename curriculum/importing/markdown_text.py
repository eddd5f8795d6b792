"""Markdown read with markdown-it-py (with line numbers, front matter by its
front_matter plugin), and written as the rich text Wagtail stores: paragraphs,
bulleted and numbered lists, bold, italic and links, nothing else."""

from django.utils.html import escape

from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode
from mdit_py_plugins.front_matter import front_matter_plugin

# Raw HTML in a file is text, not markup: nothing reaches a page unescaped.
markdown = MarkdownIt("commonmark", {"html": False}).use(front_matter_plugin)


class PlanError(Exception):
    def __init__(self, line, message):
        super().__init__(message)
        self.line = line
        self.message = message


def inline_tokens(text):
    return markdown.parseInline(text)[0].children or []


def inline_html(text, line):
    """Inline Markdown as the rich text Wagtail stores: bold, italic, links."""
    html = []
    for token in inline_tokens(text):
        if token.type in ("text", "code_inline", "html_inline"):
            html.append(escape(token.content))
        elif token.type == "softbreak":
            html.append(" ")
        elif token.type == "hardbreak":
            html.append("<br/>")
        elif token.type in ("strong_open", "strong_close"):
            html.append("<b>" if token.nesting == 1 else "</b>")
        elif token.type in ("em_open", "em_close"):
            html.append("<i>" if token.nesting == 1 else "</i>")
        elif token.type == "link_open":
            html.append(f'<a href="{escape(token.attrGet("href") or "")}">')
        elif token.type == "link_close":
            html.append("</a>")
        elif token.type == "image":
            raise PlanError(line, "images are not supported; add them in the admin")
    return "".join(html)


def plain_text(text):
    parts = []
    for token in inline_tokens(text):
        if token.type in ("text", "code_inline", "html_inline"):
            parts.append(token.content)
        elif token.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return "".join(parts).strip()


def line_of(node, offset=0):
    return (node.map[0] + 1 + offset) if node.map else None


def list_items(node):
    """The raw text of each item of a list, which must be one paragraph each."""
    items = []
    for item in node.children:
        if len(item.children) != 1 or item.children[0].type != "paragraph":
            raise PlanError(
                line_of(item), "a list item must be one line of text, not nested"
            )
        items.append(item.children[0].children[0].content)
    return items


def rich_text(nodes):
    """Paragraphs and lists as rich text HTML."""
    html = []
    for node in nodes:
        line = line_of(node)
        if node.type == "paragraph":
            html.append(f"<p>{inline_html(node.children[0].content, line)}</p>")
        else:
            tag = "ul" if node.type == "bullet_list" else "ol"
            items = "".join(
                f"<li>{inline_html(text, line)}</li>" for text in list_items(node)
            )
            html.append(f"<{tag}>{items}</{tag}>")
    return "".join(html)


def parse_markdown(text):
    """The front matter's YAML text and line, and the body's top-level nodes."""
    tree = SyntaxTreeNode(markdown.parse(text))
    nodes = list(tree.children)
    if not nodes or nodes[0].type != "front_matter":
        return None, None, nodes
    front = nodes.pop(0)
    return front.content, line_of(front), nodes
