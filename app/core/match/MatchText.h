// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>
#include <span>
#include <vector>

namespace recoupe::match {

// Text folded for comparison: lowercase, accents stripped ("É" → "e", "œ" → "oe"), every character
// that is not a letter or digit turned into one space, spaces trimmed and folded.
QString foldText(const QString& text);

// A place name split into its generic words ("coworking", "fablab", "espace", "tiers lieu", articles)
// and its distinctive part, the part that tells places apart ("La Cantine Numérique (fermé)" →
// distinctive "numerique"... see the generic list in MatchText.cpp).
struct NormalisedName
{
    QString folded;      // the whole name folded, notes in brackets removed
    QString distinctive; // distinctive tokens joined by one space
    QStringList distinctiveTokens;
    bool genericOnly = false; // no distinctive word: distinctive holds the generic words instead
    bool closed = false;      // a note said the place is closed ("(fermé)", "- closed")
};
NormalisedName normaliseName(const QString& name);

// True for the generic words of place names, in folded form ("coworking", "fablab", "la").
bool isGenericNameWord(QStringView foldedWord);

// A street address for comparison: the house number and the street words, abbreviations expanded
// ("4ter bd E. et M. Dulout" → number "4", street "boulevard e m dulout").
struct NormalisedAddress
{
    QString number;
    QStringList streetTokens;
    bool streetType = false; // a word naming a way ("rue", "allee", "zone"...) is among the street words
    bool isEmpty() const { return number.isEmpty() && streetTokens.isEmpty(); }
    // Neither a house number nor a way: a commune or a building's name ("Dijon", "Maison Populaire"), which
    // a geocoder places at the commune's centre, kilometres from the place.
    bool coarse() const { return !isEmpty() && number.isEmpty() && !streetType; }
};
NormalisedAddress normaliseAddress(const QString& address);

// A Facebook page as the matcher compares it: one page has several addresses ("pages/FabLab-276/
// 440132109521107", "FabLab-276-440132109521107", "profile.php?id=440132109521107"), so a page known by
// its number is keyed by it ("fb:440132109521107"); otherwise the canonical address, lowercase.
QString facebookKey(const QString& canonicalFacebook);

// normaliseName() and normaliseAddress() without a QString or QStringList per record: what they return
// are views into buffers the normaliser keeps from one call to the next, valid until its next call of
// the same function. At a million records the temporaries cost more than the folding.
// normaliseName() and normaliseAddress() are made from these.
class TextNormaliser
{
public:
    struct Name
    {
        QStringView folded;
        QStringView distinctive;
        std::span<const QStringView> distinctiveTokens;
        bool genericOnly = false;
        bool closed = false;
    };
    Name name(QStringView name);

    struct Address
    {
        QStringView number;
        std::span<const QStringView> streetTokens;
        bool streetType = false; // see NormalisedAddress
        bool isEmpty() const { return number.isEmpty() && streetTokens.empty(); }
        bool coarse() const { return !isEmpty() && number.isEmpty() && !streetType; } // see NormalisedAddress
    };
    Address address(QStringView address);

private:
    QString m_text; // a name whose notes are taken out (rare: regular expressions, on a QString)
    std::vector<QChar> m_nameFolded;
    std::vector<QChar> m_distinctive;
    std::vector<QChar> m_addressFolded;
    std::vector<QStringView> m_words;
    std::vector<QStringView> m_kept;
    std::vector<QStringView> m_street;
};

} // namespace recoupe::match
