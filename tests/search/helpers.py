"""Reading search pages the way a visitor does."""
import json


def titles(response) -> list[str]:
    assert response.status_code == 200
    return [p.title for p in response.context["products"]]


def facet_counts(response) -> dict:
    """``{facet param: {label: count}}`` as the page shows them."""
    return {
        panel["param"]: {str(item["label"]): item["count"] for item in panel["items"]}
        for panel in response.context["facets"]
    }


def suggestions(client, text) -> list[tuple[str, str]]:
    response = client.get("/search/suggest/", {"q": text})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return [(s["kind"], s["label"]) for s in json.loads(response.content)["suggestions"]]
