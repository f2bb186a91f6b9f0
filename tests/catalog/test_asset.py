"""The asset record: its fast export form is the dataclass's own."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import replace

from catalog.asset import ArticleRef
from tests.helpers.sample_assets import ALL, MOSUL


def test_the_fast_record_is_the_same_record() -> None:
    # Asset.to_record walks the fields itself (for speed); it must equal what
    # dataclasses.asdict gives, or every stored record stamp would look stale.
    from catalog.asset import Conflict

    rich = replace(MOSUL, articles=(ArticleRef(url="https://example.com/a", title="A"),),
                   conflicts=(Conflict(field="caption", values={"XMP": "a", "IPTC": "b"}, chosen="XMP"),),
                   field_sources={"caption": "XMP-dc:Description"})
    for asset in (*ALL, rich):
        assert asset.to_record() == json.loads(json.dumps(dataclasses.asdict(asset)))
