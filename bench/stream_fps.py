#!/usr/bin/env python3
"""Counts JPEG frames on N parallel MJPEG viewers of /video_feed for a few seconds; prints frames/s per viewer."""
import sys
import threading
import time
import urllib.request

url, viewers, seconds = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
counts = [0] * viewers


def view(index):
    deadline = time.time() + seconds
    with urllib.request.urlopen(url, timeout=10) as stream:
        previous = 0
        while time.time() < deadline:
            chunk = stream.read(16384)
            if not chunk:
                break
            for byte in chunk:
                if previous == 0xFF and byte == 0xD8:
                    counts[index] += 1
                previous = byte


threads = [threading.Thread(target=view, args=(i,)) for i in range(viewers)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(" ".join(f"{c / seconds:.1f}" for c in counts))
