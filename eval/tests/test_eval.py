"""The evaluation's converters, scorer, command and leak checker on a fixture of our own
(eval/tests/fixture: sentences written for these tests in the layouts of the VLSP files and of
the provincial news set), so CI checks them without the data.

    python3 -m unittest discover -s eval/tests -v

With NHAN_ANNOTATE naming a built examples/annotate, the command runs it; otherwise a stand-in
that finds nothing.
"""
import contextlib
import io
import json
import os
import shutil
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
FIXTURE = os.path.join(HERE, "fixture")
sys.path.insert(0, EVAL)
import leakcheck  # noqa: E402
import run  # noqa: E402
import score  # noqa: E402
import sets  # noqa: E402


def spans_of(text, gold):
    b = text.encode("utf-8")
    return [(s["kind"], b[s["start"]:s["end"]].decode("utf-8")) for s in gold["spans"]]


class Converters(unittest.TestCase):
    def setUp(self):
        self.sets = {name: list(docs) for name, docs in sets.vlsp_sets(os.path.join(FIXTURE, "ner"))}

    def test_vlsp2018_joins_tokens_into_prose_and_keeps_nested_spans(self):
        [(doc, (text, gold))] = self.sets["vlsp2018-train"]
        self.assertEqual(doc, "train-000")
        self.assertEqual(text.splitlines(), [
            "Nguyễn Văn An, Giám đốc Sở Tài chính tỉnh Hà Giang, cho biết giá gạo đã tăng.",
            'Sáng 3/4, đoàn công tác đến "làng nghề" ở Bắc Ninh (Kinh Bắc).',
        ])
        self.assertEqual(spans_of(text, gold), [
            ("person", "Nguyễn Văn An"),
            ("organization", "Sở Tài chính tỉnh Hà Giang"),
            ("location", "tỉnh Hà Giang"),
            ("location", "Bắc Ninh"),  # MISCELLANEOUS is dropped
        ])
        for s in gold["spans"]:
            self.assertEqual(text.encode()[s["start"]:s["end"]].decode(), s["text"])

    def test_vlsp2016_reads_words_and_bio_tags(self):
        [(doc, (text, gold))] = self.sets["vlsp2016-dev"]
        self.assertEqual(doc, "dev-000")
        self.assertEqual(text, "Bà Lê Thị Hoa làm việc tại Đà Nẵng.\nỦy ban nhân dân thành phố họp.\n")
        self.assertEqual(spans_of(text, gold), [
            ("person", "Lê Thị Hoa"), ("location", "Đà Nẵng"),
            ("organization", "Ủy ban nhân dân thành phố"),
        ])

    def test_news_gold_is_checked_against_the_text(self):
        gold_dir = os.path.join(FIXTURE, "news-gold")
        [(doc, (text, gold))] = sets.news_docs(os.path.join(FIXTURE, "scraper"), gold_dir)
        self.assertEqual(doc, "10000001")
        self.assertIn(("person", "Trần Văn Bình"), spans_of(text, gold))
        with tempfile.TemporaryDirectory() as bad:
            gold["spans"][1]["start"] += 1
            with open(os.path.join(bad, "10000001.gold.json"), "w", encoding="utf-8") as f:
                json.dump(gold, f, ensure_ascii=False)
            with self.assertRaises(SystemExit) as e:
                sets.news_docs(os.path.join(FIXTURE, "scraper"), bad)
            self.assertIn("span 1", str(e.exception))


class Scorer(unittest.TestCase):
    def test_strict_spans_attributes_overlap_and_relations(self):
        gold = {"spans": [
            {"id": 0, "kind": "person", "start": 0, "end": 10},
            {"id": 1, "kind": "title", "start": 12, "end": 30, "role": "Giám đốc"},
            {"id": 2, "kind": "abbreviation", "start": 40, "end": 44, "expansion": "Ủy ban nhân dân"},
            {"id": 3, "kind": "person", "start": 50, "end": 60},
        ], "relations": [{"kind": "has_title", "head": 0, "tail": 1}]}
        syst = {"spans": [
            {"id": 0, "kind": "person", "start": 0, "end": 10},
            {"id": 1, "kind": "title", "start": 12, "end": 25, "role": "Giám đốc"},  # overlaps only
            {"id": 2, "kind": "abbreviation", "start": 40, "end": 44, "expansion": "Uỷ ban, nhân dân"},
            {"id": 3, "kind": "person", "start": 70, "end": 75},
        ], "relations": [{"kind": "has_title", "head": 0, "tail": 1}]}
        acc = score.new_counts()
        score.score_pair(gold, syst, acc)
        rows = score.rows(acc)
        self.assertEqual(rows["person"], {"p": 0.5, "r": 0.5, "f1": 0.5, "gold": 2, "sys": 2})
        self.assertEqual(rows["title"]["f1"], 0.0)
        self.assertEqual(rows["title"]["overlap_r"], 1.0)
        self.assertEqual(rows["abbreviation"]["attr_ok"], 0.0)  # old tone placement is another word
        self.assertEqual(rows["rel:has_title"]["r"], 0.0)  # its tail's range differs
        self.assertNotIn("location", rows)  # not annotated, not scored

    def test_expansions_agree_by_their_words(self):
        self.assertTrue(score.same("Phòng cháy và chữa cháy", "phòng cháy, chữa cháy", "expansion"))
        self.assertFalse(score.same("Ban Thường vụ", "biên tập viên", "expansion"))
        self.assertTrue(score.same(2900, "2900.0"))


STAND_IN = """import json, sys
for path in sys.argv[1:]:
    print(json.dumps({"spans": [], "relations": []}))
"""


class Command(unittest.TestCase):
    def test_converts_annotates_scores_and_prints_the_table(self):
        with tempfile.TemporaryDirectory() as out:
            program = os.environ.get("NHAN_ANNOTATE")
            if not program:
                program = os.path.join(out, "stand-in")
                with open(program, "w") as f:
                    f.write(f"#!{sys.executable}\n" + STAND_IN)
                os.chmod(program, 0o755)
            printed = io.StringIO()
            with contextlib.redirect_stdout(printed):
                run.main(["--vlsp", os.path.join(FIXTURE, "ner"), "--scraper", os.path.join(FIXTURE, "scraper"),
                          "--news-gold", os.path.join(FIXTURE, "news-gold"), "--out", out, "--bin", program,
                          "--json", os.path.join(out, "scores.json")])
            table = printed.getvalue()
            for line in ("| kind | VLSP 2018 train | VLSP 2016 dev | provincial news |",
                         "- VLSP 2018 train: 1 documents", "the less-tuned figure", "### provincial news"):
                self.assertIn(line, table)
            self.assertRegex(table, r"\| person \| P [.0-9]+ R [.0-9]+ F1 \*\*[.0-9]+\*\* \|")
            with open(os.path.join(out, "scores.json"), encoding="utf-8") as f:
                scores = json.load(f)
            self.assertEqual(scores["sets"]["news"]["person"]["gold"], 1)
            self.assertEqual(set(scores["sets"]["vlsp2016-dev"]), {"person", "organization", "location",
                                                                   "location, level word aside"})
            for name in ("vlsp2018-train", "vlsp2016-dev", "news"):
                self.assertTrue(os.listdir(os.path.join(out, name, "system")))
            if os.environ.get("NHAN_ANNOTATE"):  # nhan finds the plainest name there is
                self.assertGreater(scores["sets"]["news"]["person"]["f1"], 0)


class LeakCheck(unittest.TestCase):
    def test_finds_a_quote_and_a_rare_name_but_not_a_public_one(self):
        data = leakcheck.Data([("dev/1", "Hôm qua ông Zorbatek cho biết giá rau ở chợ Đồng Xuân đã tăng gấp đôi.\n"
                                         "Đoàn về Hà Giang sáng nay.\n")])
        with tempfile.TemporaryDirectory() as root:
            os.makedirs(os.path.join(root, "tests"))
            os.makedirs(os.path.join(root, "dictionaries"))
            os.makedirs(os.path.join(root, "examples", "data"))
            shutil.copy(os.path.join(FIXTURE, "scraper", "vn_news", "data", "10000001.txt"),
                        os.path.join(root, "examples", "data", "seed.txt"))
            with open(os.path.join(root, "dictionaries", "places.tsv"), "w", encoding="utf-8") as f:
                f.write("form\tkind\tcanonical\tinfo\nĐồng Xuân\tplace\t\t\n")
            with open(os.path.join(root, "dictionaries", "syllables.txt"), "w", encoding="utf-8") as f:
                f.write("ông\ncho\n")
            with open(os.path.join(root, "tests", "t.rs"), "w", encoding="utf-8") as f:
                f.write('// the price rose, says `Zorbatek`\n'
                        'let a = "Bà Hoa cho biết giá rau ở chợ Đồng Xuân đã tăng.";\n'
                        'let b = Option::<u8>::None; // Đồng Xuân is public\n')
            out = io.StringIO()
            quotes, names = leakcheck.check(root, data, out=out)
        report = out.getvalue()
        self.assertEqual((quotes, names), (1, 1), report)
        self.assertIn("tests/t.rs:2: quote (dev/1): cho biết giá rau ở chợ Đồng Xuân đã tăng", report)
        self.assertIn("tests/t.rs:1: name (dev/1): Zorbatek", report)

    def test_neighbouring_documents_are_one_place(self):
        # one story and its follow-up in documents 1 and 3, another in 9, one in the other set
        self.assertEqual(leakcheck.spread(["a/train-001", "a/train-003", "a/train-009", "b/dev-001"]), 3)

    def test_reads_only_literals_and_comments_of_rust(self):
        text = leakcheck.prose('let x: Option<u8> = None; // Ông Ba\nlet c = \'"\'; let s = "Ông Tư";\n',
                               leakcheck.RUST)
        self.assertEqual(text.replace("\0", " ").split(), ["Ông", "Ba", "Ông", "Tư"])
        self.assertEqual(text.count("\n"), 2)
        self.assertEqual(text.count("\0"), 2)  # the string's ends: no run of words crosses them


if __name__ == "__main__":
    unittest.main()
