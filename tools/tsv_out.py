"""Writing generated TSV data files the same way from every tool in tools/.

The file is written to a temporary name and renamed, so a failed run never
leaves half a data file behind.
"""
import os


def write_tsv(path, header, columns, rows):
    """Writes `header` (comment lines, ending in a newline), the column line
    and `rows` (sequences of strings) to `path`, atomically."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write(header)
        f.write("\t".join(columns) + "\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    os.replace(tmp, path)
