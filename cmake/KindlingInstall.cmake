# Where an installed Kindling puts its files (GNU layout), and the .deb package. Programs install
# themselves next to their targets; this file covers data, desktop integration and documentation.

set(KINDLING_DATA_DESTINATION ${CMAKE_INSTALL_DATADIR}/kindling)

# Decks, schema and any other data folders the programs read (strings, themes, ...).
foreach(folder decks schema strings themes)
    if(EXISTS ${CMAKE_SOURCE_DIR}/data/${folder})
        install(DIRECTORY ${CMAKE_SOURCE_DIR}/data/${folder} DESTINATION ${KINDLING_DATA_DESTINATION}
            FILES_MATCHING PATTERN "*.yaml" PATTERN "*.json" PATTERN "README.md")
    endif()
endforeach()

# Desktop integration: launchers, AppStream metadata, icons.
set(desktop ${CMAKE_SOURCE_DIR}/data/desktop)
install(FILES ${desktop}/io.kindling.Kindling.desktop ${desktop}/io.kindling.DeckEditor.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${desktop}/io.kindling.Kindling.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
# The deck file type (shared-mime-info); the package's trigger runs update-mime-database.
install(FILES ${desktop}/io.kindling.Kindling.mime.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
    RENAME io.kindling.Kindling.xml)
install(FILES ${desktop}/io.kindling.Kindling.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
file(GLOB icon_sizes RELATIVE ${desktop}/icons ${desktop}/icons/*)
foreach(size IN LISTS icon_sizes)
    install(FILES ${desktop}/icons/${size}/io.kindling.Kindling.png
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}/apps)
endforeach()

# Manual pages and the documents a user may want.
file(GLOB man_pages ${CMAKE_SOURCE_DIR}/docs/man/*.[1-9])
foreach(page IN LISTS man_pages)
    string(REGEX MATCH "[1-9]$" section ${page})
    install(FILES ${page} DESTINATION ${CMAKE_INSTALL_MANDIR}/man${section})
endforeach()
install(FILES ${CMAKE_SOURCE_DIR}/README.md ${CMAKE_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DOCDIR})

# A .deb for Debian 12: library dependencies are found by dpkg-shlibdeps; fonts are named here
# because the programs find them at run time through fontconfig.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME kindling)
set(CPACK_PACKAGE_VENDOR "The Kindling developers")
set(CPACK_PACKAGE_CONTACT "The Kindling developers <kindling@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "card game that helps two people feel close again")
set(CPACK_PACKAGE_DESCRIPTION "Kindling is a card game for two people who love each other: take turns \
drawing questions, compliments, thank-yous, gentle I-feel prompts, small gestures and silly dares, \
dealt with consent at every step. It includes a party mode for the TV, a deck editor and a \
command-line deck tool.")
set(CPACK_DEBIAN_PACKAGE_SECTION games)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "fonts-lato, fonts-noto-core, fonts-noto-color-emoji, fonts-dejavu-core, fontconfig")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk, shared-mime-info")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_STRIP_FILES ON)
include(CPack)
