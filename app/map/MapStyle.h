// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

#include <array>

namespace recoupe::map {

// Colours of the map. Place kinds use the Okabe–Ito palette, which stays distinct for the common forms of
// colour blindness; kinds also never rely on colour alone in the legend (names are written).
struct MapStyle
{
    QColor background{0xd6, 0xe4, 0xec}; // sea and everything outside France
    QColor land{0xf5, 0xf2, 0xea};
    QColor departementBorder{0xc8, 0xc0, 0xb2};
    QColor regionBorder{0x8c, 0x84, 0x78};
    std::array<QColor, 4> kinds{QColor(0x99, 0x99, 0x99),  // unknown: grey
                                QColor(0x00, 0x72, 0xb2),  // coworking: blue
                                QColor(0xe6, 0x9f, 0x00),  // fablab: orange
                                QColor(0x4d, 0x4d, 0x4d)}; // excluded: dark grey, kept visible but quiet
    QColor candidateRing{0xcc, 0x00, 0x88};                // reddish purple, apart from blue and orange
    QColor selection{0x11, 0x11, 0x11};                    // dark outline …
    QColor selectionHalo{0xf0, 0xe4, 0x42};                // … on a yellow halo
    QColor link{0xcc, 0x00, 0x88};
    QColor panel{255, 255, 255, 215}; // background of legend, scale bar and texts
    QColor text{0x22, 0x22, 0x22};

    QColor kindColour(quint8 kind) const { return kinds[kind < kinds.size() ? kind : 0]; }
    // Black or white, whichever reads better on that colour.
    static QColor textOn(const QColor& fill);
};

} // namespace recoupe::map
