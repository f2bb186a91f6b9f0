import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common, pages_a, pages_b, pages_c, pages_d, pages_e, scrapes
common.write_all()
print(len(common.DOCS), "documents")
