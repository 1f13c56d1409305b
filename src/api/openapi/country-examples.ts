/**
 * Example answers of the country operations, shown by the OpenAPI document: the first page of one
 * item (`?limit=1`) of South Korea in the test fixture graph. A test keeps them equal to what the API
 * answers there, so they cannot drift from the shapes. The lists answer names what the drawing draws.
 */
export const COUNTRY_PROFILE_EXAMPLE = {
  "country": {
    "id": "country:KR",
    "label": "Country",
    "name": "South Korea",
    "country": "KR"
  },
  "officials": [
    {
      "id": "person:kim-jung-kwan",
      "label": "Person",
      "name": "Kim Jung-kwan",
      "country": "KR"
    }
  ],
  "organizations": [
    {
      "id": "org:ministry-of-trade-industry-and-resources",
      "label": "Organization",
      "name": "Ministry of Trade, Industry and Resources",
      "kind": "government",
      "country": "KR"
    }
  ],
  "meetings": [
    {
      "official": {
        "id": "person:kim-jung-kwan",
        "label": "Person",
        "name": "Kim Jung-kwan",
        "country": "KR"
      },
      "counterpart": {
        "id": "person:jamieson-greer",
        "label": "Person",
        "name": "Jamieson Greer",
        "country": "US"
      },
      "edgeIds": [
        "MET:person:jamieson-greer->person:kim-jung-kwan"
      ],
      "firstDate": "2025-07-31",
      "lastDate": "2025-07-31",
      "evidenceTotal": 1,
      "eventIds": [
        "event:2025-07-31-washington"
      ]
    }
  ],
  "counterparts": [
    {
      "id": "person:jamieson-greer",
      "label": "Person",
      "name": "Jamieson Greer",
      "country": "US"
    }
  ],
  "agreements": [
    {
      "id": "agreement:korea-us-fta",
      "name": "Korea-U.S. FTA",
      "kind": "FTA",
      "status": "in_force",
      "parties": [
        "KR",
        "US"
      ],
      "date": null,
      "firstSeen": "2025-07-31",
      "lastSeen": "2025-07-31",
      "signatoryTotal": 0
    }
  ],
  "agreementsByKind": {
    "FTA": {
      "in_force": 1
    },
    "MOU": {
      "signed": 1
    }
  },
  "events": [
    {
      "id": "event:2025-07-31-washington",
      "label": "Event",
      "name": "Kim–Greer meeting in Washington",
      "kind": "bilateral",
      "country": "US",
      "date": "2025-07-31",
      "location": "Washington"
    }
  ],
  "timeline": [
    {
      "date": "2025-07-31",
      "kind": "agreement",
      "summary": "Korea-U.S. FTA (in force)",
      "entityIds": [
        "agreement:korea-us-fta"
      ]
    }
  ],
  "totals": {
    "officials": 2,
    "organizations": 1,
    "meetings": 2,
    "counterparts": 2,
    "agreements": 2,
    "events": 2,
    "timeline": 6
  },
  "page": {
    "offset": 0,
    "limit": 1
  }
} as const;

export const COUNTRY_GRAPH_EXAMPLE = {
  "center": "country:KR",
  "elements": {
    "nodes": [
      {
        "data": {
          "id": "agreement:korea-us-fta",
          "docCount": 1,
          "firstSeen": "2025-07-31",
          "kind": "FTA",
          "label": "Agreement",
          "lastSeen": "2025-07-31",
          "name": "Korea-U.S. FTA",
          "parties": [
            "KR",
            "US"
          ],
          "status": "in_force"
        }
      },
      {
        "data": {
          "id": "country:KR",
          "country": "KR",
          "docCount": 2,
          "firstSeen": "2025-07-31",
          "label": "Country",
          "lastSeen": "2025-09-16",
          "name": "South Korea"
        }
      },
      {
        "data": {
          "id": "event:2025-07-31-washington",
          "country": "US",
          "date": "2025-07-31",
          "docCount": 1,
          "firstSeen": "2025-07-31",
          "kind": "bilateral",
          "label": "Event",
          "lastSeen": "2025-07-31",
          "location": "Washington",
          "name": "Kim–Greer meeting in Washington"
        }
      },
      {
        "data": {
          "id": "org:ministry-of-trade-industry-and-resources",
          "acronym": "MOTIR",
          "country": "KR",
          "docCount": 1,
          "firstSeen": "2025-07-31",
          "kind": "government",
          "label": "Organization",
          "lastSeen": "2025-07-31",
          "name": "Ministry of Trade, Industry and Resources"
        }
      },
      {
        "data": {
          "id": "person:jamieson-greer",
          "country": "US",
          "docCount": 1,
          "firstSeen": "2025-07-31",
          "label": "Person",
          "lastSeen": "2025-07-31",
          "name": "Jamieson Greer"
        }
      },
      {
        "data": {
          "id": "person:kim-jung-kwan",
          "country": "KR",
          "docCount": 1,
          "firstSeen": "2025-07-31",
          "label": "Person",
          "lastSeen": "2025-07-31",
          "name": "Kim Jung-kwan"
        }
      }
    ],
    "edges": [
      {
        "data": {
          "id": "BASED_IN:org:ministry-of-trade-industry-and-resources->country:KR",
          "source": "org:ministry-of-trade-industry-and-resources",
          "target": "country:KR",
          "count": 1,
          "firstDate": "2025-07-31",
          "lastDate": "2025-07-31",
          "type": "BASED_IN"
        }
      },
      {
        "data": {
          "id": "MET:person:jamieson-greer->person:kim-jung-kwan",
          "source": "person:jamieson-greer",
          "target": "person:kim-jung-kwan",
          "count": 1,
          "eventIds": [
            "event:2025-07-31-washington"
          ],
          "firstDate": "2025-07-31",
          "lastDate": "2025-07-31",
          "type": "MET"
        }
      },
      {
        "data": {
          "id": "PARTY_TO:country:KR->agreement:korea-us-fta",
          "source": "country:KR",
          "target": "agreement:korea-us-fta",
          "count": 1,
          "firstDate": "2025-07-31",
          "lastDate": "2025-07-31",
          "status": "in_force",
          "type": "PARTY_TO"
        }
      },
      {
        "data": {
          "id": "REPRESENTS:person:kim-jung-kwan->country:KR",
          "source": "person:kim-jung-kwan",
          "target": "country:KR",
          "count": 1,
          "firstDate": "2025-07-31",
          "lastDate": "2025-07-31",
          "type": "REPRESENTS"
        }
      }
    ]
  },
  "page": {
    "offset": 0,
    "limit": 1
  }
} as const;
