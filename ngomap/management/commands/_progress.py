"""A small text progress bar for the map's commands (no extra dependency)."""


class ProgressBar:
    def __init__(self, stdout, total, label="", width=30):
        self.stdout, self.total, self.label, self.width = stdout, total, label, width
        self.done = 0
        self.interactive = getattr(getattr(stdout, "_out", stdout), "isatty", lambda: False)()
        self.last_percent = -1

    def step(self, amount=1):
        self.done += amount
        percent = 100 if not self.total else int(self.done * 100 / self.total)
        if percent == self.last_percent:
            return
        self.last_percent = percent
        filled = int(self.width * percent / 100)
        bar = "#" * filled + "." * (self.width - filled)
        line = f"{self.label} [{bar}] {self.done}/{self.total} ({percent}%)"
        if self.interactive:
            self.stdout.write("\r" + line, ending="")
            self.stdout.flush()
        elif percent % 10 == 0 or self.done == self.total:
            self.stdout.write(line)

    def finish(self):
        if self.interactive:
            self.stdout.write("")
