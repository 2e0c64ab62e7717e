# A stranger: anonymous GET /login from 16 keep-alive connections; counts answers, errors and Set-Cookie headers.
# Usage: login-flood.py SECONDS MAX_REQUESTS PORT
import http.client, threading, time, sys
SECONDS = float(sys.argv[1]); LIMIT = int(sys.argv[2]); PORT = int(sys.argv[3])
count = [0]; lock = threading.Lock(); stop = time.time() + SECONDS; errors = [0]; cookies = [0]
def worker():
    conn = http.client.HTTPConnection("localhost", PORT, timeout=10)
    while time.time() < stop:
        with lock:
            if count[0] >= LIMIT: return
            count[0] += 1
        try:
            conn.request("GET", "/login")
            r = conn.getresponse(); r.read()
            if r.getheader("Set-Cookie"): cookies[0] += 1
            if r.status != 200: errors[0] += 1
        except Exception:
            errors[0] += 1
            conn.close(); conn = http.client.HTTPConnection("localhost", PORT, timeout=10)
threads = [threading.Thread(target=worker) for _ in range(16)]
[t.start() for t in threads]; [t.join() for t in threads]
print("requests", count[0], "errors", errors[0], "set-cookie", cookies[0])
