// SPDX-License-Identifier: GPL-3.0-or-later
// The matcher's general rules on small hand-made projects: the chain signal is counted around the pair,
// one website close by is always proposed, an account shared by a chain's branches is no evidence,
// pairs dropped early are the pairs a full scoring would drop.
#include "match/Blocker.h"
#include "match/Matcher.h"
#include "match/PairScorer.h"
#include "match/PreparedRecords.h"

#include <QTest>
#include <cmath>
#include <functional>

using namespace recoupe;
using namespace recoupe::match;

namespace {

MatchRecord record(const QString& key, const QString& name, double lon, double lat,
                   const QString& website = {}, const QString& twitter = {})
{
    MatchRecord r;
    r.source = QStringLiteral("Test");
    r.key = key;
    r.name = name;
    r.lon = lon;
    r.lat = lat;
    r.website = website;
    r.twitter = twitter;
    return r;
}

// Metres to degrees of latitude (north offsets).
double north(double metres)
{
    return metres / 111195.0;
}

const CandidatePair* findPair(const MatchResult& result, uint32_t a, uint32_t b)
{
    for (const CandidatePair& p : result.pairs) {
        if ((p.a == a && p.b == b) || (p.a == b && p.b == a))
            return &p;
    }
    return nullptr;
}

} // namespace

class TestMatcher : public QObject
{
    Q_OBJECT
private slots:
    // A comparison that cannot be made is no evidence: removing an address, a website, a Twitter account
    // or a postcode from one record never raises the pair's score; a generic name never raises it either.
    void missingFieldNeverRaisesScore()
    {
        MatchRecord a = record("1", QStringLiteral("Atelier Zinzolin"), 2.35, 48.85,
                               QStringLiteral("http://zinzolin.fr"), QStringLiteral("@zinzolin"));
        a.address = QStringLiteral("4 rue des Lilas");
        a.postcode = QStringLiteral("75011");
        MatchRecord b = a;
        b.key = QStringLiteral("2");
        b.name = QStringLiteral("Zinzolin Atelier partagé");
        b.lat += north(40);
        const auto scoreOf = [](const MatchRecord& x, const MatchRecord& y) {
            Matcher matcher;
            matcher.run({x, y});
            return matcher.score(matcher.evidence(0, 1));
        };
        const double full = scoreOf(a, b);
        const std::vector<std::function<void(MatchRecord&)>> removals{
            [](MatchRecord& r) { r.address.clear(); }, [](MatchRecord& r) { r.website.clear(); },
            [](MatchRecord& r) { r.twitter.clear(); }, [](MatchRecord& r) { r.postcode.clear(); }};
        for (const auto& remove : removals) {
            MatchRecord c = b;
            remove(c);
            QVERIFY(scoreOf(a, c) <= full + 1e-9);
        }
        // Nothing but a position and a generic name: never `same`, and no higher than a distinctive one.
        MatchRecord bare = record("3", QStringLiteral("The Bureau"), 2.35, 48.85 + north(43));
        MatchRecord other = record("4", QStringLiteral("L'Entreprendre Cerfrance"), 2.35, 48.85);
        const double generic = scoreOf(other, bare);
        QVERIFY2(generic < MatchSettings().sameThreshold, qPrintable(QString::number(generic)));
        // Two records "Fablab" 43 m apart weigh no more than two records "Zinzolin" there.
        bare.name = QStringLiteral("Fablab");
        other.name = QStringLiteral("Fablab");
        const double genericAlike = scoreOf(other, bare);
        bare.name = QStringLiteral("Zinzolin");
        other.name = QStringLiteral("Zinzolin");
        QVERIFY(genericAlike <= scoreOf(other, bare) + 1e-9);
        // A coarse address (a commune's name) discounts the distance, but removing it never raises the
        // score: no address is no evidence, neither of a coarse position nor of a precise one.
        MatchRecord town = b;
        town.address = QStringLiteral("Dijon");
        town.lat += north(4000);
        const double coarse = scoreOf(a, town);
        MatchRecord noAddress = town;
        noAddress.address.clear();
        QVERIFY(scoreOf(a, noAddress) <= coarse + 1e-9);
    }

    // fablabs.io records often hold a commune's name as their address, placed at its centre kilometres from
    // the lab: the distance then counts less (coarse_far), and the explanation says why. An address naming
    // a street does not, whatever its distance.
    void coarseAddressDiscountsDistance()
    {
        MatchRecord lab = record("1", QStringLiteral("Atelier Zinzolin"), 5.04, 47.32);
        lab.address = QStringLiteral("6 impasse Quentin");
        MatchRecord listed = record("2", QStringLiteral("Atelier Zinzolin"), 5.04, 47.32 + north(5500));
        listed.source = QStringLiteral("Other");
        listed.address = QStringLiteral("Dijon");
        Matcher coarse;
        coarse.run({lab, listed});
        const PairEvidence e = coarse.evidence(0, 1);
        QVERIFY(e.flags & PairFacts::CoarseAddress);
        QCOMPARE(e.features[CoarseFar], e.features[Far]);
        QVERIFY(e.features[Far] > 0);
        QVERIFY(PairScorer::explain(e).contains(QStringLiteral("without street")));
        listed.address = QStringLiteral("12 rue des Corroyeurs");
        Matcher precise;
        precise.run({lab, listed});
        const PairEvidence p = precise.evidence(0, 1);
        QVERIFY(!(p.flags & PairFacts::CoarseAddress));
        QCOMPARE(p.features[CoarseFar], 0.0);
        QVERIFY(coarse.score(e) > precise.score(p));
        QVERIFY(MatchSettings::weightSigns()[CoarseFar] > 0);
    }

    // One website and one name in two sources kilometres apart: one place geocoded twice or moved
    // (same_website_across); one source listing them twice is a chain's two branches, and unlike names
    // or branch pages are no such evidence.
    void oneWebsiteAcrossSourcesKilometresApart()
    {
        const QString site = QStringLiteral("http://chantier-exemple.org");
        MatchRecord a = record("1", QStringLiteral("Chantier Exemple"), 2.35, 48.85, site);
        MatchRecord b = record("2", QStringLiteral("Chantier Exemple"), 2.35, 48.85 + north(7000), site);
        const auto evidenceOf = [](const MatchRecord& x, const MatchRecord& y) {
            Matcher matcher;
            matcher.run({x, y});
            return matcher.evidence(0, 1);
        };
        QCOMPARE(evidenceOf(a, b).features[SameWebsiteAcross], 0.0); // one source: two branches
        b.source = QStringLiteral("Other");
        const PairEvidence across = evidenceOf(a, b);
        QVERIFY(across.flags & PairFacts::SameWebsite);
        QVERIFY(across.features[SameWebsiteAcross] > 0.75);
        // Hundreds of kilometres apart: a network's two places, not one place geocoded twice.
        MatchRecord network = b;
        network.lat += north(300000);
        QVERIFY(evidenceOf(a, network).features[SameWebsiteAcross] < 1e-3);
        // ...yet shown for review, never `same`: the identity agrees where the positions do not. One source
        // listing them so is not kept (a network's two places).
        {
            Matcher matcher;
            const MatchResult result = matcher.run({a, network});
            const CandidatePair* kept = findPair(result, 0, 1);
            QVERIFY(kept);
            QVERIFY(kept->evidence.flags & PairFacts::WebsiteAndName);
            QCOMPARE(kept->verdict, Verdict::Review);
            MatchRecord sameSource = network;
            sameSource.source = a.source;
            Matcher single;
            QVERIFY(!findPair(single.run({a, sameSource}), 0, 1));
        }
        MatchRecord unlike = b;
        unlike.name = QStringLiteral("Atelier Zinzolin");
        QCOMPARE(evidenceOf(a, unlike).features[SameWebsiteAcross], 0.0);
        MatchRecord branch = b;
        branch.website = site + QStringLiteral("/lieux/nord");
        a.website = site + QStringLiteral("/lieux/sud");
        QCOMPARE(evidenceOf(a, branch).features[SameWebsiteAcross], 0.0);
        // Without positions: no distance, no such feature (a missing comparison is no evidence).
        b.lat = std::nan("");
        b.lon = std::nan("");
        a.website = site;
        QCOMPARE(evidenceOf(a, b).features[SameWebsiteAcross], 0.0);
        QVERIFY(MatchSettings::weightSigns()[SameWebsiteAcross] > 0);
    }

    // Two records of one website 900 m apart in one town, a third branch 200 km away: around the pair
    // the website is theirs only, so it counts as one website (not a chain's) and the pair is proposed.
    // Two branches of one chain close by: one host, each its own page, one brand account (issue 13: at
    // scale such pairs 160-200 m apart were called same).
    void branchPagesAreNotOnePlace()
    {
        MatchRecord a = record("1", QStringLiteral("Be Coworking Jonquière"), 2.32, 48.89,
                               QStringLiteral("http://be-coworking.fr/espace/la-jonquiere"),
                               QStringLiteral("@becoworking"));
        MatchRecord b = record("2", QStringLiteral("Be Coworking Epinettes"), 2.32, 48.89 + north(146),
                               QStringLiteral("http://be-coworking.fr/espace/les-epinettes"),
                               QStringLiteral("@becoworking"));
        Matcher matcher;
        matcher.run({a, b});
        const auto branches = matcher.evidence(0, 1);
        QVERIFY(branches.features[BranchPages] > 0);
        QCOMPARE(branches.features[SameHandle], 0.0); // the brand's account, not the place's
        QVERIFY(matcher.score(branches) < MatchSettings().sameThreshold);
        // The same page of the site is the same website.
        b.website = a.website;
        Matcher again;
        again.run({a, b});
        const auto page = again.evidence(0, 1);
        QCOMPARE(page.features[BranchPages], 0.0);
        QVERIFY(page.features[SameWebsite] > 0);
    }

    // Two organisations under one roof: one address, unlike names, nothing shared online. The address
    // evidence counts as much as the names agree, so the pair is at most for review.
    void sharedBuildingWithUnlikeNamesIsNotSame()
    {
        MatchRecord a =
            record("1", QStringLiteral("Mama Works"), 4.85, 45.76, QStringLiteral("http://mama.works"));
        a.address = QStringLiteral("92 cours Lafayette");
        a.postcode = QStringLiteral("69003");
        MatchRecord b = record("2", QStringLiteral("Zinzolin Atelier"), 4.85, 45.76 + north(24));
        b.address = a.address;
        b.postcode = a.postcode;
        Matcher matcher;
        matcher.run({a, b});
        const auto unlike = matcher.evidence(0, 1);
        QVERIFY(unlike.features[BuildingAddress] > 0);
        QVERIFY2(matcher.score(unlike) < MatchSettings().sameThreshold,
                 qPrintable(QString::number(matcher.score(unlike))));
        // With alike names the address counts in full.
        b.name = QStringLiteral("Mama Work");
        Matcher alike;
        alike.run({a, b});
        const auto same = alike.evidence(0, 1);
        QCOMPARE(same.features[BuildingAddress], 0.0);
        QVERIFY(alike.score(same) >= MatchSettings().sameThreshold);
    }

    void farBranchDoesNotMakeALocalChain()
    {
        const QString site = QStringLiteral("http://exemple-lab.fr");
        const std::vector<MatchRecord> records{
            record("1", QStringLiteral("Lab Exemple Campus"), -1.62, 48.11, site),
            record("2", QStringLiteral("Exemple Ville"), -1.62, 48.11 + north(900), site),
            record("3", QStringLiteral("Exemple Brest"), -4.45, 48.40, site)};
        Matcher matcher;
        const MatchResult result = matcher.run(records);
        const CandidatePair* pair = findPair(result, 0, 1);
        QVERIFY(pair);
        QVERIFY(pair->evidence.flags & PairFacts::SameWebsite);
        QVERIFY(!(pair->evidence.flags & PairFacts::ChainHost));
        QCOMPARE(pair->evidence.hostSpread, 2);
        // The branch 200 km away is neither the same website around nor kept by the rule.
        const PairEvidence far = matcher.evidence(0, 2);
        QVERIFY(!(far.flags & PairFacts::SameWebsite) || far.distanceMetres > 5000);
    }

    // Three places of one website within a town: a chain; its pairs are not "same website".
    void threePlacesAroundAreAChain()
    {
        const QString site = QStringLiteral("http://reseau-cowork.fr");
        const QString handle = QStringLiteral("@reseaucowork");
        const std::vector<MatchRecord> records{
            record("1", QStringLiteral("Reseau Nord"), 2.35, 48.85, site, handle),
            record("2", QStringLiteral("Reseau Sud"), 2.35, 48.85 + north(900), site, handle),
            record("3", QStringLiteral("Reseau Est"), 2.35, 48.85 + north(2500), site, handle)};
        Matcher matcher;
        matcher.run(records);
        const PairEvidence e = matcher.evidence(0, 1);
        QVERIFY(e.flags & PairFacts::ChainHost);
        QVERIFY(!(e.flags & PairFacts::SameWebsite));
        QCOMPARE(e.hostSpread, 3);
        // The shared account is the chain's too: shown, but no evidence.
        QVERIFY(e.flags & PairFacts::SameTwitter);
        QCOMPARE(e.features[SameHandle], 0.0);
    }

    // One place listed by three sources, geocoded a few hundred metres apart: the same website three
    // times is not a chain (a chain is one source listing one website at several places).
    void copiesAcrossSourcesAreNotAChain()
    {
        const QString site = QStringLiteral("http://cantine-exemple.fr");
        std::vector<MatchRecord> records{
            record("1", QStringLiteral("La Cantine Exemple"), -4.48, 48.39, site),
            record("a", QStringLiteral("Cantine Exemple"), -4.48, 48.39 + north(450), site),
            record("x", QStringLiteral("La Cantine Exemple"), -4.48, 48.39 + north(900), site)};
        records[1].source = QStringLiteral("Other");
        records[2].source = QStringLiteral("Third");
        Matcher matcher;
        const MatchResult result = matcher.run(records);
        const CandidatePair* pair = findPair(result, 0, 1);
        QVERIFY(pair);
        QVERIFY(!(pair->evidence.flags & PairFacts::ChainHost));
        QVERIFY(pair->evidence.flags & PairFacts::SameWebsite);
        QCOMPARE(pair->evidence.hostSpread, 1);
        QCOMPARE(pair->verdict, Verdict::Same);

        // The same three records in one source are a chain's branches.
        for (MatchRecord& r : records)
            r.source = QStringLiteral("Test");
        Matcher single;
        single.run(records);
        QVERIFY(single.evidence(0, 1).flags & PairFacts::ChainHost);
    }

    // A lab listed by two sources with its own name, one position a commune's centre kilometres off
    // (fablabs.io "Kelle Fabrik", "Chantier Libre"), another without position: a name word only they hold
    // blocks them wherever they are and keeps them for review, never `same` on its own. A word held by
    // many records, or a pair farther than reviewRareNameMetres, is not kept by the rule.
    void rareNameFarApartIsProposed()
    {
        std::vector<MatchRecord> records{
            record("1", QStringLiteral("Atelier Zinzolin"), 5.04, 47.32, QStringLiteral("http://zinzolin.fr"),
                   QStringLiteral("@zinzolin")),
            record("2", QStringLiteral("Fablab Zinzolin"), 5.04, 47.32 + north(8000),
                   QStringLiteral("http://assoc-exemple.org"), QStringLiteral("@assocexemple")),
            record("3", QStringLiteral("Le Grenier"), 2.35, 48.85),
            record("4", QStringLiteral("Grenier Numérique"), 4.85, 45.76),
            record("5", QStringLiteral("Zinzolin"), std::nan(""), std::nan(""))};
        records[0].postcode = QStringLiteral("21000");
        records[1].postcode = QStringLiteral("21800"); // another commune, the lab's postcode there
        records[1].source = QStringLiteral("Other");
        records[4].source = QStringLiteral("Third");
        records[4].postcode = QStringLiteral("63000"); // wrong: no block by postcode or département
        // "Grenier" is held by many records here: common, not rare.
        for (int i = 0; i < 10; ++i)
            records.push_back(record(QStringLiteral("g%1").arg(i),
                                     QStringLiteral("Grenier %1").arg(QChar('A' + i)), -1.0 + i, 44.0));
        const MatchSettings settings;
        PreparedRecords prepared(records, settings);
        QVERIFY(prepared.rareNameWord(prepared.nameTokens(0)[0], settings.rareNameBlockRecords));
        const std::vector<uint64_t> candidates = Blocker(prepared, settings).candidates();
        for (const auto& [a, b] : {std::pair{0u, 1u}, {0u, 4u}, {1u, 4u}})
            QVERIFY(std::binary_search(candidates.begin(), candidates.end(), Blocker::pack(a, b)));
        Matcher matcher;
        const MatchResult result = matcher.run(records);
        const CandidatePair* far = findPair(result, 0, 1);
        QVERIFY(far);
        QVERIFY(far->evidence.flags & PairFacts::RareName);
        QVERIFY(matcher.score(matcher.evidence(0, 1)) < settings.reviewThreshold); // kept by the rule only
        QCOMPARE(far->verdict, Verdict::Review);
        QVERIFY(PairScorer::explain(far->evidence).contains(QStringLiteral("rare name word")));
        const CandidatePair* unplaced = findPair(result, 0, 4);
        QVERIFY(unplaced);
        QCOMPARE(unplaced->verdict, Verdict::Review);
        // Lyon and Paris share a common word only: not kept.
        QVERIFY(!findPair(result, 2, 3));
        QVERIFY(!(matcher.evidence(2, 3).flags & PairFacts::RareName));
        // The same two records 300 km apart: compared (the block), not kept.
        records[1].lat = 47.32 + north(300000);
        Matcher away;
        const MatchResult farther = away.run(records);
        QVERIFY(away.evidence(0, 1).flags & PairFacts::RareName);
        QVERIFY(!findPair(farther, 0, 1));
    }

    // Early dropping changes nothing: every pair a full scoring keeps is kept, with the same score.
    void droppingEarlyKeepsWhatScoringKeeps()
    {
        std::vector<MatchRecord> records;
        const QStringList names{
            "Cantine",      "Cantine Numerique", "La Loco",     "Loco Coworking", "Mutinerie",
            "Mutinerie 14", "Atelier du 9",      "Happy Hours", "Happy Hour",     "Cobalt"};
        for (int i = 0; i < 200; ++i)
            records.push_back(record(QString::number(i), names.at(i % names.size()), 2.35 + (i % 17) * 0.0004,
                                     48.85 + north((i % 13) * 40.0)));
        Matcher matcher;
        const MatchResult result = matcher.run(records);
        const MatchSettings settings;
        PreparedRecords prepared(records, settings);
        const std::vector<uint64_t> candidates = Blocker(prepared, settings).candidates();
        qint64 kept = 0;
        for (uint64_t c : candidates) {
            const PairEvidence e = matcher.evidence(Blocker::first(c), Blocker::second(c));
            const double score = matcher.score(e);
            if (score < settings.reviewThreshold)
                continue;
            ++kept;
            const CandidatePair* p = findPair(result, Blocker::first(c), Blocker::second(c));
            QVERIFY(p);
            QCOMPARE(qRound(p->score * 1000), qRound(score * 1000));
        }
        QVERIFY(kept > 100);
        QCOMPARE(qint64(result.pairs.size()), kept);
    }
};

QTEST_GUILESS_MAIN(TestMatcher)
#include "tst_matcher.moc"
