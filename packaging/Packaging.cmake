# Installed files beyond the executables, and the packages CPack makes from them:
#   Debian/Ubuntu: cpack -G DEB in a release build (packaging/test-deb.sh builds, inspects and installs it)
#   Windows:       a WiX MSI, windeployqt in the install step (packaging/windows/README.md)

if(MODERATION_BUILD_DESK)
    if(UNIX AND NOT APPLE)
        install(FILES ${CMAKE_SOURCE_DIR}/resources/desktop/moderation-desk.desktop
                DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
        install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/moderation-desk.svg
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
    endif()
endif()
# Debian keeps a package's documents under its package name, not the CMake project's.
install(FILES ${CMAKE_SOURCE_DIR}/README.md DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/moderation-desk)

set(CPACK_PACKAGE_NAME "moderation-desk")
set(CPACK_PACKAGE_VENDOR "Moderation Desk project")
set(CPACK_PACKAGE_CONTACT "Moderation Desk maintainers <moderation-desk@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Answer the public on Facebook and X, under policy and review")
set(CPACK_PACKAGE_DESCRIPTION
    "Moderation Desk is a desktop suite for government contact centers: agents answer the public's comments on "
    "Facebook and X from an answer library, federal reviewers approve every reply before it goes out, and "
    "supervisors watch queues and SLAs. A versioned policy hides, escalates or routes comments; every action is "
    "kept in a hash-chained audit log. Includes moderationctl, the headless command-line client.")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Moderation Desk")
set(CPACK_PACKAGE_EXECUTABLES "moderation-desk" "Moderation Desk")
set(CPACK_STRIP_FILES ON)

# --- Debian -----------------------------------------------------------------------------------
set(CPACK_DEBIAN_PACKAGE_NAME "moderation-desk")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# The runtime halves of the build's -dev packages (tools/dev.sh), by their Debian 12 names.
# Listed rather than computed, because Qt loads the SQL drivers and platform plugins at run time,
# where dpkg-shlibdeps cannot see them.
set(MODERATION_DEB_DEPENDS
    "libqt6core6 (>= 6.4)"
    "libqt6network6 (>= 6.4)"
    "libqt6sql6 (>= 6.4)"
    "libqt6sql6-sqlite (>= 6.4)"
    "libqt6sql6-psql (>= 6.4)"
    "libqt6gui6 (>= 6.4)"
    "libqt6keychain1"
    "libvectorscan5 | libhyperscan5"
    "libphonenumber8 (>= 8.12)")
if(MODERATION_SQLITE_DIRECT_READ)
    list(APPEND MODERATION_DEB_DEPENDS "libsqlite3-0 (>= 3.40)")
endif()
if(MODERATION_BUILD_DESK)
    list(APPEND MODERATION_DEB_DEPENDS "libqt6widgets6 (>= 6.4)" "libqt6svg6 (>= 6.4)" "qt6-qpa-plugins (>= 6.4)")
endif()
list(JOIN MODERATION_DEB_DEPENDS ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
# A secret service for the platform tokens (QtKeychain over libsecret); Qt's own Spanish strings.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "postgresql-client, sqlite3")

# --- Windows: WiX MSI ---------------------------------------------------------------------------
if(WIN32)
    include(${CMAKE_CURRENT_LIST_DIR}/windows/WindowsDeploy.cmake)
endif()

if(WIN32)
    set(CPACK_GENERATOR "WIX")
else()
    set(CPACK_GENERATOR "DEB")
endif()
include(CPack)
