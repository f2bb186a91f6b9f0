import sys, os, glob
sys.path.insert(0, os.path.dirname(__file__))
import common
for f in sum((glob.glob(os.path.join(common.OUT, pattern)) for pattern in ("*.html", "*.txt", "*.json")), []):
    os.remove(f)
import pages_a, pages_b, pages_c, pages_d, pages_e, pages_f, scrapes
common.write_all()
print(len(common.PAGES), "written")
