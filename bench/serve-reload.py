#!/usr/bin/env python3
"""Edit-to-reload latency of `reckon serve`, measured as an author sees it.

Starts the real `./reckon serve` on a site, keeps the live-reload event stream open like a browser
tab, then EDITS times: appends a unique sentence to one post and measures the time from the write
until a reload event has arrived AND the served page contains the sentence. Prints each sample
and the median, min and max in milliseconds.

    bench/serve-reload.py [--site DIR] [--post REL] [--edits N] [--port P]

Default: the repository's example site (copied to a temporary folder, so nothing is changed) and
its first post. The copy keeps .reckon/ (caches) from the first build, as a working author's would.
"""
import argparse, os, shutil, socket, statistics, subprocess, sys, tempfile, time, urllib.request

repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ap = argparse.ArgumentParser()
ap.add_argument("--site", default=repo)
ap.add_argument("--post", default="content/posts/ai-efficiency-introduction.md")
ap.add_argument("--edits", type=int, default=25)
ap.add_argument("--port", type=int, default=0)
args = ap.parse_args()

work = tempfile.mkdtemp(prefix="reckon-reload-")
site = os.path.join(work, "site")
shutil.copytree(args.site, site, ignore=shutil.ignore_patterns("public", "target", ".git", "serve"))
port = args.port or (lambda s: (s.bind(("127.0.0.1", 0)), s.getsockname()[1], s.close())[1])(socket.socket())
server = subprocess.Popen([os.path.join(repo, "reckon"), "serve", "--source", site, "--port", str(port)],
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
try:
    for line in server.stdout:  # wait until it serves
        if "http://" in line:
            break
    post = os.path.join(site, args.post)
    slug = os.path.splitext(os.path.basename(post))[0]
    url = f"http://127.0.0.1:{port}/blog/{slug}/"
    events = socket.create_connection(("127.0.0.1", port))
    events.sendall(b"GET /__reckon/events HTTP/1.1\r\nHost: x\r\n\r\n")
    events.settimeout(60)
    buffered = b""

    def await_reload():
        global buffered
        while b"event: reload" not in buffered:
            chunk = events.recv(4096)
            if not chunk:
                sys.exit("event stream closed")
            buffered += chunk
        buffered = buffered.split(b"event: reload", 1)[1]

    original = open(post, encoding="utf-8").read()
    samples = []
    for i in range(args.edits):
        marker = f"Edit number {i} for the reload benchmark."
        time.sleep(0.3)  # let the previous rebuild settle, as between keystrokes and saves
        buffered = b""
        start = time.perf_counter()
        with open(post, "w", encoding="utf-8") as f:
            f.write(original + "\n" + marker + "\n")
        while True:
            await_reload()
            if marker in urllib.request.urlopen(url).read().decode("utf-8"):
                break
        samples.append((time.perf_counter() - start) * 1000)
        print(f"edit {i}: {samples[-1]:.0f} ms", flush=True)
    print(f"median {statistics.median(samples):.0f} ms, min {min(samples):.0f}, max {max(samples):.0f} "
          f"over {len(samples)} edits")
finally:
    server.terminate()
    server.wait(10)
    shutil.rmtree(work, ignore_errors=True)
