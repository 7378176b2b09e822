// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/MapStyle.h"

namespace recoupe::map {

QColor MapStyle::textOn(const QColor& fill)
{
    const double luminance = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF();
    return luminance > 0.5 ? QColor(0x11, 0x11, 0x11) : QColor(Qt::white);
}

} // namespace recoupe::map
