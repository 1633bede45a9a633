package io.github.councilplan.diff;

/** A small plan with one of most things, for tests that change one of them. */
final class SmallPlan {
    static final String JSON = """
            {
              "schemaVersion": "0.2",
              "id": "plan",
              "title": "Our plan",
              "organisation": { "name": "Example Council" },
              "period": { "start": "2025/26", "end": "2028/29" },
              "edition": { "name": "2025 refresh", "status": "adopted", "adoptedOn": "2025-04-01" },
              "statements": [ {
                "id": "s-foreword",
                "heading": "Foreword",
                "body": [ { "paragraph": "We will fix the foundations." }, { "paragraph": "Then we will grow." } ]
              } ],
              "themes": [ {
                "id": "t-1",
                "number": "1",
                "name": "Enabling",
                "outcomes": [ { "id": "o-1", "number": "1.1", "statement": "Robust internal oversight" } ],
                "priorities": [ {
                  "id": "p-1.1",
                  "number": "1.1",
                  "title": "Continue to fix the foundations",
                  "deliverables": [ {
                    "id": "d-1.1.1",
                    "number": "1.1.1",
                    "title": "Improve our financial management and internal controls",
                    "owners": [ "own-1" ],
                    "progress": [ { "period": "2025/26 Q1", "status": "green" } ]
                  }, {
                    "id": "d-1.1.2",
                    "number": "1.1.2",
                    "title": "Support, motivate and develop a collaborative workforce",
                    "milestones": [ {
                      "id": "m-1",
                      "number": "1.1.2.1",
                      "title": "Workforce strategy adopted",
                      "due": "2026-03-31"
                    } ]
                  } ]
                }, {
                  "id": "p-1.2",
                  "number": "1.2",
                  "title": "Modernise and digitise services",
                  "deliverables": [ {
                    "id": "d-1.2.1",
                    "number": "1.2.1",
                    "title": "Innovate our services through digital efficiencies"
                  } ]
                } ]
              }, {
                "id": "t-2",
                "number": "2",
                "name": "Place",
                "priorities": [ {
                  "id": "p-2.1",
                  "number": "2.1",
                  "title": "Set the vision for our place",
                  "deliverables": [ { "id": "d-2.1.1", "number": "2.1.1", "title": "Champion our place" } ]
                } ]
              } ],
              "measures": [ {
                "id": "kpi-1",
                "name": "Calls answered within two minutes",
                "unit": "%",
                "direction": "higherIsBetter",
                "frequency": "financialQuarter",
                "targets": [ { "period": "2025/26 Q1", "value": 80 }, { "period": "2025/26 Q2", "value": 82 } ]
              } ],
              "owners": [
                { "id": "own-1", "name": "Director of Finance", "type": "role" },
                { "id": "own-2", "name": "Director of Resources", "type": "role" }
              ],
              "links": [ { "from": "d-1.1.1", "kind": "contributesTo", "to": "o-1" } ]
            }
            """;

    private SmallPlan() {}

    static EditablePlan editable() {
        return EditablePlan.parse(JSON);
    }
}
