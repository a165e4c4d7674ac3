"""The languages a person can read pkm in."""

from typing import Literal

Lang = Literal["id", "en"]
