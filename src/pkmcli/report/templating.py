"""The Jinja environment of the reports: strict, escaping, and overridable from a user folder."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Literal

from jinja2 import (
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    StrictUndefined,
    TemplateError,
    TemplateNotFound,
    TemplateSyntaxError,
    select_autoescape,
)
from markupsafe import Markup

from pkmcli.errors import PkmError, Problem
from pkmcli.files.shipped import data_dir
from pkmcli.messages.core import say

Format = Literal["md", "html"]

TEMPLATE_NAMES: dict[Format, str] = {"md": "report.md.j2", "html": "report.html.j2"}

# Characters that start Markdown (or raw HTML) markup anywhere in a line, plus the table pipe.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~#])")
_MD_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
_NEWLINE = re.compile(r"\r\n?|\n")
# In a Markdown autolink these would end the link, split a table cell, or break the line.
_URL_UNSAFE = re.compile(r"[\s<>|\"`\\\x00-\x1f\x7f]")


def escape_markdown(value: Any) -> Markup:
    """Make text literal in Markdown, table cells included; line breaks become ``<br>``."""
    if isinstance(value, Markup):
        return value
    text = _MD_SPECIAL.sub(r"\\\1", str(value))
    text = _MD_ENTITY.sub(r"\\&", text)
    return Markup(_NEWLINE.sub("<br>", text))  # noqa: S704 - escaped just above


def markdown_link(url: str) -> Markup:
    """Return an http(s) URL as a Markdown autolink that no character can break out of."""
    safe = _URL_UNSAFE.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode()), url)
    return Markup(f"<{safe}>")  # noqa: S704 - every character that could end the link is encoded


def check_template_dir(folder: Path) -> None:
    """Raise PkmError unless ``folder`` is a readable directory."""
    if not folder.exists():
        raise PkmError.single(str(folder), say("report.template_dir_missing"))
    if not folder.is_dir():
        raise PkmError.single(str(folder), say("report.template_dir_not_dir"))


def make_environment(output: Format, template_dir: Path | None = None) -> Environment:
    """Build the environment: the user's folder first, then the shipped templates."""
    loaders = []
    if template_dir is not None:
        check_template_dir(template_dir)
        loaders.append(FileSystemLoader(template_dir))
    loaders.append(FileSystemLoader(data_dir("templates")))
    env = Environment(
        loader=ChoiceLoader(loaders),
        undefined=StrictUndefined,
        autoescape=select_autoescape(
            enabled_extensions=("html", "htm", "xml", "svg", "html.j2", "svg.j2"),
            default_for_string=False,
            default=False,
        ),
        # Markdown has no autoescape, so every {{ }} is escaped for Markdown unless marked safe.
        finalize=escape_markdown if output == "md" else None,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = escape_markdown
    env.filters["mdlink"] = markdown_link
    return env


def _where(exc: TemplateError) -> tuple[str, int | None]:
    # Jinja rewrites tracebacks so that template frames carry the template's file and line.
    place: tuple[str, int | None] = ("<template>", None)
    tb = exc.__traceback__
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if not filename.endswith(".py") and not filename.startswith("<"):
            place = (filename, tb.tb_lineno)
        tb = tb.tb_next
    return place


def template_problem(exc: TemplateError) -> Problem:
    """Describe a template failure as a located problem instead of a traceback."""
    if isinstance(exc, TemplateSyntaxError):
        name = exc.filename or exc.name or "<template>"
        return Problem(name, say("report.template_syntax", detail=exc.message), exc.lineno)
    if isinstance(exc, TemplateNotFound):
        return Problem(str(exc.name), say("report.template_missing"))
    file, line = _where(exc)
    return Problem(file, say("report.template_error", detail=exc.message), line)


def render_template(env: Environment, name: str, context: dict[str, Any]) -> str:
    """Render a template by name; template mistakes become PkmError."""
    try:
        return env.get_template(name).render(context)
    except TemplateError as exc:
        raise PkmError([template_problem(exc)]) from None
