# SPDX-License-Identifier: GPL-3.0-or-later
# Sources of the map widget, for recoupe_gui: include(${CMAKE_CURRENT_SOURCE_DIR}/map/sources.cmake) then add
# ${RECOUPE_GUI_MAP_SOURCES} to the target. The widget needs recoupe_map (and Qt Widgets, Network, Concurrent).
set(RECOUPE_GUI_MAP_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/MapView.h
    ${CMAKE_CURRENT_LIST_DIR}/MapView.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BackgroundPool.h
    ${CMAKE_CURRENT_LIST_DIR}/BackgroundPool.cpp
)
