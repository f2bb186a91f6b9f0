import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common

common.write_all()
print(len(common.DOCS), "documents")
