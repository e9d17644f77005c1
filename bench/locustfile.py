"""Mixed reads and writes against `huishang serve` on loopback, for `bench/run` (headless locust).

Each simulated user holds the service office's token (HUISHANG_BENCH_TOKEN): it lists and filters
matters, opens matters, searches, reads the year's figures, submits matters and accepts them.
"""

import datetime
import itertools
import os
import random

from locust import HttpUser, between, task

TOKEN = os.environ["HUISHANG_BENCH_TOKEN"]
UNITS = [int(unit) for unit in os.environ["HUISHANG_BENCH_UNITS"].split(",")]
ENTERPRISES = [int(enterprise) for enterprise in os.environ["HUISHANG_BENCH_ENTERPRISES"].split(",")]
LAST_MATTER = int(os.environ["HUISHANG_BENCH_LAST_MATTER"])
WORDS = ["技工", "融资", "供电", "审批", "用地", "招聘"]
STATES = ["in_progress", "assigned", "submitted", "resolved"]
CATEGORIES = ["talent", "financing", "utilities", "land", "permits", "policy"]
_numbers = itertools.count()


class Office(HttpUser):
    wait_time = between(0.1, 0.5)

    def on_start(self):
        self.client.headers["Authorization"] = f"Bearer {TOKEN}"
        self.submitted: list[int] = []

    @task(6)
    def list_matters(self):
        params = random.choice([
            {"state": random.choice(STATES)}, {"unit": random.choice(UNITS), "state": "in_progress"},
            {"category": random.choice(CATEGORIES)}, {"state": "in_progress", "sort": "due"},
        ])
        self.client.get("/api/v1/matters", params=params, name="/api/v1/matters?filters")

    @task(4)
    def matter_page(self):
        self.client.get(f"/api/v1/matters/{random.randint(1, LAST_MATTER)}", name="/api/v1/matters/{id}")

    @task(2)
    def search(self):
        self.client.get("/api/v1/matters", params={"q": random.choice(WORDS)}, name="/api/v1/matters?q")

    @task(1)
    def year_figures(self):
        year = datetime.date.today().year
        self.client.get("/api/v1/stats", params={"from": f"{year}-01-01", "to": f"{year}-12-31"}, name="/api/v1/stats")

    @task(2)
    def submit(self):
        response = self.client.post("/api/v1/matters", json={
            "title": f"压测并发诉求{next(_numbers)}", "description": "夜班职工通勤存在安全隐患，希望协调增设路灯。",
            "category": random.choice(CATEGORIES), "enterprise": random.choice(ENTERPRISES),
        }, name="/api/v1/matters (submit)")
        if response.status_code == 201:
            self.submitted.append(response.json()["id"])

    @task(2)
    def accept(self):
        if self.submitted:
            self.client.post(f"/api/v1/matters/{self.submitted.pop()}/accept", json={},
                             name="/api/v1/matters/{id}/accept")
