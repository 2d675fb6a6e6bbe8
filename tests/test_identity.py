"""Tests for quotetrack.identity: entity identity across articles, alias tables."""

from __future__ import annotations

import io
import json

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotetrack.identity import (
    AliasTable,
    EntityResolver,
    load_alias_table,
    name_key,
    strip_titles,
)
from quotetrack.model import ArticleResult, Entity


def person(eid: str, name: str, *aliases: str, type: str = "PERSON", **kw) -> Entity:
    """A hand-made entity."""
    return Entity(id=eid, name=name, type=type, aliases=aliases, **kw)


def article(doc: str, *entities: Entity) -> ArticleResult:
    """An article whose text just lists its entities' names."""
    return ArticleResult(text=" ".join(e.name for e in entities) + ".", entities=entities,
                         doc_id=doc)


def resolve_all(articles: list[ArticleResult], resolver: EntityResolver | None = None
                ) -> dict[tuple[str, str], str]:
    """(doc, entity id) -> canonical node id, after fitting the whole corpus."""
    resolver = resolver or EntityResolver()
    resolver.fit(articles)
    return {(a.doc_id, e.id): resolver.resolve(e, a.doc_id).id
            for a in articles for e in a.entities}


# ---------------------------------------------------------------------------
# name_key


@pytest.mark.parametrize(("name", "key"), [
    ("Mike Pompeo", "mike pompeo"),
    ("Secretary of State Mike Pompeo", "mike pompeo"),
    ("former Secretary of State Mike Pompeo", "mike pompeo"),
    ("Mr. Pompeo", "pompeo"),
    ("Dr. José Ñúñez", "jose nunez"),
    ("Sen. Lindsey Graham (R-S.C.)", "lindsey graham"),
    ("then-President Barack Obama", "barack obama"),
    ("Donald Trump Jr.", "donald trump jr"),
    ("Donald Trump, Jr.", "donald trump jr"),
    ("Donald J. Trump Junior", "donald j trump jr"),
    ("Pope Benedict XVI", "benedict xvi"),
    ("Elizabeth II", "elizabeth ii"),
    ("Alexandria Ocasio-Cortez", "alexandria ocasio-cortez"),
    ("O'Brien", "obrien"),
    ("The New York Times", "new york times"),
    ("Secretary of State", "secretary of state"),
    ("", ""),
    ("!!!", ""),
])
def test_name_key_normalises(name, key):
    """name_key drops case, accents, punctuation, honorifics and titles but keeps Jr./II."""
    assert name_key(name) == key


def test_name_key_keeps_first_word_of_organisations():
    """Title stripping applies to people only: "General Motors" as an ORG keeps "general"."""
    assert name_key("General Motors", "ORG") == "general motors"
    assert name_key("General Mattis", "PERSON") == "mattis"


def test_strip_titles_keeps_original_spelling():
    """strip_titles returns the name as written, minus leading titles and honorifics."""
    assert strip_titles("Secretary of State Mike Pompeo") == "Mike Pompeo"
    assert strip_titles("Mrs. Hillary Rodham Clinton") == "Hillary Rodham Clinton"
    assert strip_titles("Donald Trump Jr.") == "Donald Trump Jr."


# ---------------------------------------------------------------------------
# Merge rules


def test_pompeo_variants_merge():
    """Full name, titled name, surname, "Mr." form and the Michael/Mike nickname are one person."""
    arts = [
        article("a", person("e1", "Secretary of State Mike Pompeo", "Pompeo",
                            titles=("Secretary of State",))),
        article("b", person("e1", "Pompeo")),
        article("c", person("e4", "Mr. Pompeo")),
        article("d", person("e2", "Michael Pompeo")),
        article("e", person("e9", "Michael R. Pompeo")),
    ]
    resolver = EntityResolver()
    ids = resolve_all(arts, resolver)
    assert len(set(ids.values())) == 1
    canon = resolver.resolve(arts[0].entities[0], "a")
    assert canon.type == "PERSON"
    assert canon.name in {"Mike Pompeo", "Michael Pompeo", "Michael R. Pompeo"}
    assert "Secretary of State" in canon.titles
    assert "Pompeo" in canon.aliases
    assert canon.id == "entity:" + canon.key


def test_bill_and_hillary_clinton_stay_apart():
    """Two full names sharing a surname stay two people; a bare "Clinton" joins neither."""
    arts = [
        article("a", person("e1", "Bill Clinton", "Clinton")),
        article("b", person("e1", "Hillary Clinton", "Clinton", "Hillary")),
        article("c", person("e3", "Clinton")),
    ]
    resolver = EntityResolver()
    ids = resolve_all(arts, resolver)
    bill, hillary, clinton = ids[("a", "e1")], ids[("b", "e1")], ids[("c", "e3")]
    assert len({bill, hillary, clinton}) == 3
    assert resolver.resolve(arts[2].entities[0], "c").ambiguous


def test_bare_surname_uses_the_one_candidate_in_its_own_article():
    """An ambiguous surname joins the one candidate named in the same article, if only one is."""
    arts = [
        article("a", person("e1", "Bill Clinton")),
        article("b", person("e1", "Hillary Clinton"), person("e2", "Clinton")),
        article("c", person("e1", "Bill Clinton"), person("e2", "Hillary Clinton"),
                person("e3", "Clinton")),
    ]
    ids = resolve_all(arts)
    assert ids[("b", "e2")] == ids[("b", "e1")]
    assert ids[("c", "e3")] not in {ids[("c", "e1")], ids[("c", "e2")]}


def test_unique_surname_joins_full_name_across_articles():
    """A surname alone joins the only known full name with that surname."""
    arts = [article("a", person("e1", "Mike Pompeo")), article("b", person("e5", "Pompeo"))]
    ids = resolve_all(arts)
    assert ids[("a", "e1")] == ids[("b", "e5")]


def test_trump_and_trump_jr_stay_apart():
    """"Jr." keeps Donald Trump and Donald Trump Jr. apart; "Trump Jr." alone is the son."""
    arts = [
        article("a", person("e1", "Donald Trump"), person("e2", "Donald Trump Jr.")),
        article("b", person("e1", "Trump Jr.")),
        article("c", person("e1", "President Trump")),
    ]
    ids = resolve_all(arts)
    father, son = ids[("a", "e1")], ids[("a", "e2")]
    assert father != son
    assert ids[("b", "e1")] == son
    assert ids[("c", "e1")] == father


def test_first_name_alone_is_not_merged_across_articles():
    """A first name alone stays a node of its own article, never joined to a full name."""
    arts = [
        article("a", person("e1", "Hillary Clinton")),
        article("b", person("e1", "Hillary")),
        article("c", person("e1", "Hillary")),
    ]
    ids = resolve_all(arts)
    assert len({ids[("a", "e1")], ids[("b", "e1")], ids[("c", "e1")]}) == 3


def test_unnamed_groups_and_roles_stay_in_their_article():
    """"officials" (GROUP) and "the president" are never merged across articles."""
    arts = [
        article("a", person("e1", "officials", type="GROUP"), person("e2", "the president")),
        article("b", person("e1", "officials", type="GROUP"), person("e2", "the president")),
    ]
    ids = resolve_all(arts)
    assert ids[("a", "e1")] != ids[("b", "e1")]
    assert ids[("a", "e2")] != ids[("b", "e2")]
    assert ids[("a", "e1")] == "entity:officials@a"


def test_less_specific_full_name_needs_a_unique_match():
    """"George Bush" joins neither George W. nor George H. W. Bush; "J. Smith" joins John Smith."""
    arts = [
        article("a", person("e1", "George W. Bush"), person("e2", "John Smith")),
        article("b", person("e1", "George H. W. Bush")),
        article("c", person("e1", "George Bush"), person("e2", "J. Smith")),
    ]
    ids = resolve_all(arts)
    assert len({ids[("a", "e1")], ids[("b", "e1")], ids[("c", "e1")]}) == 3
    assert ids[("c", "e2")] == ids[("a", "e2")]


def test_types_must_be_compatible():
    """PERSON never merges with GPE/ORG; UNKNOWN joins one typed match; ORG~GPE on equal names."""
    arts = [
        article("a", person("e1", "Michael Jordan"), person("e2", "Jordan", type="GPE")),
        article("b", person("e1", "Jordan")),
        article("c", person("e1", "Reuters", type="ORG"), person("e2", "Russia", type="GPE")),
        article("d", person("e1", "Reuters", type="UNKNOWN"), person("e2", "Russia", type="ORG")),
        article("e", person("e1", "Mike Pompeo", type="UNKNOWN"), person("e2", "Mike Pompeo")),
    ]
    ids = resolve_all(arts)
    assert ids[("a", "e1")] != ids[("a", "e2")]
    assert ids[("b", "e1")] == ids[("a", "e1")]
    assert ids[("c", "e1")] == ids[("d", "e1")]
    assert ids[("c", "e2")] == ids[("d", "e2")]
    assert ids[("e", "e1")] == ids[("e", "e2")]


def test_external_ids_decide():
    """Entities with the same external_id merge; different external ids never merge."""
    arts = [
        article("a", person("e1", "John Smith", external_id="Q1")),
        article("b", person("e1", "John Smith", external_id="Q2")),
        article("c", person("e1", "Jack Smyth", external_id="Q1")),
    ]
    resolver = EntityResolver()
    ids = resolve_all(arts, resolver)
    assert ids[("a", "e1")] != ids[("b", "e1")]
    assert ids[("a", "e1")] == ids[("c", "e1")] == "entity:Q1"


CORPUS = [
    article("a", person("e1", "Secretary of State Mike Pompeo"), person("e2", "Bill Clinton")),
    article("b", person("e1", "Pompeo"), person("e2", "Hillary Clinton"), person("e3", "Clinton")),
    article("c", person("e1", "Clinton"), person("e2", "Donald Trump Jr.")),
    article("d", person("e1", "Trump"), person("e2", "Michael Pompeo"), person("e3", "Hillary")),
    article("e", person("e1", "Donald Trump"), person("e2", "Iran", type="GPE")),
    article("f", person("e1", "George Bush"), person("e2", "George W. Bush")),
]


@settings(max_examples=40, deadline=None)
@given(st.permutations(CORPUS))
def test_resolution_does_not_depend_on_article_order(order):
    """Fitting the same articles in any order gives the same canonical ids and names."""
    expected = resolve_all(CORPUS)
    assert resolve_all(list(order)) == expected
    names = {}
    for arts in (CORPUS, list(order)):
        r = EntityResolver().fit(arts)
        names[len(names)] = {(a.doc_id, e.id): r.resolve(e, a.doc_id).name
                             for a in arts for e in a.entities}
    assert names[0] == names[1]


NAME_WORDS = ["Mike", "Michael", "Pompeo", "Bill", "Hillary", "Clinton", "Donald", "Trump",
              "Jr.", "George", "W.", "Bush", "J.", "John", "Smith", "Secretary", "of", "State",
              "Mr.", "the", "president", "Reuters", "Jordan", "de", "Blasio", "II", "José"]
random_name = st.lists(st.sampled_from(NAME_WORDS), max_size=4).map(" ".join)
random_entity = st.tuples(random_name, st.sampled_from(["PERSON", "ORG", "GPE", "UNKNOWN",
                                                        "GROUP"]),
                          st.lists(random_name, max_size=2), st.sampled_from([None, None, "Q1"]))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(random_entity, min_size=1, max_size=4), min_size=1, max_size=5),
       st.randoms(use_true_random=False))
def test_any_corpus_resolves_the_same_in_any_order(docs, rnd):
    """For arbitrary name mixes, shuffling articles and entities changes no canonical entity."""
    arts = [ArticleResult("t", doc_id=f"d{d}", entities=tuple(
        Entity(f"e{i}", n, t, aliases=tuple(a), external_id=x)
        for i, (n, t, a, x) in enumerate(ents))) for d, ents in enumerate(docs)]
    shuffled = [attrs.evolve(a, entities=tuple(rnd.sample(a.entities, len(a.entities))))
                for a in rnd.sample(arts, len(arts))]

    def canon(articles):
        r = EntityResolver().fit(articles)
        return {(a.doc_id, e.id): r.resolve(e, a.doc_id) for a in articles for e in a.entities}

    assert canon(arts) == canon(shuffled)


def test_resolve_without_fit_learns_the_entity():
    """resolve() of an unseen entity adds it instead of failing."""
    resolver = EntityResolver()
    canon = resolver.resolve(person("e1", "Mike Pompeo"), "a")
    assert canon.name == "Mike Pompeo"
    assert resolver.resolve(person("e1", "Pompeo"), "b").id == canon.id


# ---------------------------------------------------------------------------
# Alias tables


def test_alias_table_csv_fixes_names_and_ids(tmp_path):
    """A CSV alias table maps every alias to its canonical name and external id."""
    path = tmp_path / "people.csv"
    path.write_text(
        "name,aliases,id,type\n"
        "# people\n"
        "Mike Pompeo,Pompeo|Michael R. Pompeo,Q111,PERSON\n"
        '"Hillary Rodham Clinton",HRC;Hillary Clinton,Q222,person\n'
        "\n"
        "United States,U.S.|America,,GPE\n",
        encoding="utf-8")
    table = load_alias_table(path)
    assert len(table) == 3
    assert table.lookup("Secretary of State Michael R. Pompeo").id == "Q111"
    arts = [
        article("a", person("e1", "Michael R. Pompeo"), person("e2", "HRC")),
        article("b", person("e1", "Hillary Clinton"), person("e2", "America", type="GPE")),
    ]
    resolver = EntityResolver(aliases=table)
    resolver.fit(arts)
    pompeo = resolver.resolve(arts[0].entities[0], "a")
    assert (pompeo.id, pompeo.name, pompeo.external_id) == ("entity:Q111", "Mike Pompeo", "Q111")
    hrc = resolver.resolve(arts[0].entities[1], "a")
    assert hrc == resolver.resolve(arts[1].entities[0], "b")
    assert (hrc.name, hrc.external_id, hrc.type) == ("Hillary Rodham Clinton", "Q222", "PERSON")
    usa = resolver.resolve(arts[1].entities[1], "b")
    assert (usa.name, usa.external_id, usa.id) == ("United States", None, "entity:united-states")


def test_alias_table_json_list_and_dict(tmp_path):
    """JSON alias tables work as a list of entries and as a name -> entry object."""
    as_list = tmp_path / "list.json"
    as_list.write_text(json.dumps([
        {"name": "Mike Pompeo", "aliases": ["Pompeo"], "id": "Q111", "type": "PERSON"},
        {"name": "Federal Bureau of Investigation", "aliases": "FBI|the Bureau", "type": "ORG"},
    ]), encoding="utf-8")
    as_dict = tmp_path / "dict.json"
    as_dict.write_text(json.dumps({
        "Mike Pompeo": {"aliases": ["Pompeo"], "id": "Q111", "type": "PERSON"},
        "Federal Bureau of Investigation": ["FBI", "the Bureau"],
    }), encoding="utf-8")
    arts = [article("a", person("e1", "Pompeo"), person("e2", "FBI", type="ORG"))]
    for path in (as_list, as_dict):
        table = load_alias_table(path)
        resolver = EntityResolver(aliases=table).fit(arts)
        pompeo = resolver.resolve(arts[0].entities[0], "a")
        fbi = resolver.resolve(arts[0].entities[1], "a")
        assert (pompeo.name, pompeo.external_id) == ("Mike Pompeo", "Q111")
        assert fbi.name == "Federal Bureau of Investigation"
        assert fbi.type == "ORG"


def test_alias_table_from_file_object():
    """load_alias_table reads open text and binary files, sniffing CSV vs JSON."""
    text = '[{"name": "Mike Pompeo", "aliases": ["Pompeo"]}]'
    assert load_alias_table(io.StringIO(text)).lookup("Pompeo").name == "Mike Pompeo"
    csv_bytes = b"\xef\xbb\xbfname,aliases\nMike Pompeo,Pompeo\n"
    assert load_alias_table(io.BytesIO(csv_bytes)).lookup("pompeo").name == "Mike Pompeo"


def test_alias_table_wins_over_surname_ambiguity():
    """An alias the table lists is authoritative even where the surname alone is ambiguous."""
    table = AliasTable.from_entries([{"name": "Hillary Clinton", "aliases": ["Clinton"]}])
    arts = [
        article("a", person("e1", "Bill Clinton"), person("e2", "Hillary Clinton")),
        article("b", person("e1", "Clinton")),
    ]
    ids = resolve_all(arts, EntityResolver(aliases=table))
    assert ids[("b", "e1")] == ids[("a", "e2")] != ids[("a", "e1")]


@pytest.mark.parametrize(("filename", "content", "where"), [
    ("nohead.csv", "who,aliases\nMike Pompeo,Pompeo\n", "line 1"),
    ("empty-name.csv", "name,aliases\nMike Pompeo,Pompeo\n,Clinton\n", "line 3"),
    ("extra.csv", "name,aliases\nMike Pompeo,Pompeo,Q1\n", "line 2"),
    ("badtype.csv", "name,aliases,type\nMike Pompeo,Pompeo,POLITICIAN\n", "'type'"),
    ("dup.csv", "name,aliases\nBill Clinton,Clinton\nHillary Clinton,Clinton\n", "line 3"),
    ("dupid.csv", "name,id\nBill Clinton,Q1\nHillary Clinton,Q1\n", "line 3"),
    ("empty.csv", "", "header"),
    ("syntax.json", '[{"name": "Mike Pompeo",}]', "line 1 column"),
    ("noname.json", '[{"aliases": ["Pompeo"]}]', "entry 1"),
    ("badaliases.json", '[{"name": "Mike Pompeo", "aliases": 5}]', "'aliases'"),
    ("badid.json", '{"Mike Pompeo": {"id": ["Q1"]}}', "'id'"),
    ("scalar.json", '"Mike Pompeo"', "expected a JSON list"),
    ("item.json", '["Mike Pompeo"]', "entry 1"),
])
def test_malformed_alias_tables_raise_value_error(tmp_path, filename, content, where):
    """Malformed alias tables raise ValueError naming the file and the line, entry or field."""
    path = tmp_path / filename
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError) as info:
        load_alias_table(path)
    assert filename in str(info.value)
    assert where in str(info.value)


def test_non_utf8_alias_table_is_a_value_error(tmp_path):
    """A table in another encoding is reported as a ValueError naming the file."""
    path = tmp_path / "latin1.csv"
    path.write_bytes("name\nJosé Ñúñez\n".encode("latin-1"))
    with pytest.raises(ValueError, match="latin1.csv"):
        load_alias_table(path)
