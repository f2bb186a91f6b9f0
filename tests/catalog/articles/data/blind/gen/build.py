import glob
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import common

for f in sum((glob.glob(os.path.join(common.OUT, pattern)) for pattern in ("*.html", "*.txt", "*.json")), []):
    os.remove(f)
common.write_all()
print(len(common.PAGES), "written")
