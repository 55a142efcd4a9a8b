# Windows: what the MSI holds and how it is made. Included from packaging/Packaging.cmake on WIN32.
# Untested here (the project's machines run Debian); see README.md in this folder.

# windeployqt copies the Qt DLLs and plugins the executables need (platforms/qwindows, sqldrivers
# with qsqlite and qsqlpsql, styles, iconengines/qsvgicon, tls) next to them in the install tree,
# so the MSI runs on a machine without Qt. Qt 6 ships it as the imported target Qt6::windeployqt.
if(TARGET Qt6::windeployqt)
    get_target_property(MODERATION_WINDEPLOYQT Qt6::windeployqt IMPORTED_LOCATION)
endif()
if(NOT MODERATION_WINDEPLOYQT)
    get_target_property(_qmake Qt6::qmake IMPORTED_LOCATION)
    get_filename_component(_qt_bin "${_qmake}" DIRECTORY)
    find_program(MODERATION_WINDEPLOYQT windeployqt windeployqt.exe HINTS "${_qt_bin}" REQUIRED)
endif()

set(_deploy_targets moderationctl)
if(MODERATION_BUILD_DESK)
    list(APPEND _deploy_targets moderation-desk)
endif()
foreach(_target IN LISTS _deploy_targets)
    install(CODE "
        message(STATUS \"windeployqt: ${_target}\")
        execute_process(
            COMMAND \"${MODERATION_WINDEPLOYQT}\"
                    --release --no-translations --no-system-d3d-compiler --no-opengl-sw --compiler-runtime
                    --dir \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\"
                    \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/${_target}.exe\"
            RESULT_VARIABLE _result)
        if(NOT _result EQUAL 0)
            message(FATAL_ERROR \"windeployqt failed for ${_target}.exe (\${_result})\")
        endif()")
endforeach()

# The non-Qt DLLs (qt6keychain, hs, libpq and its OpenSSL, ...) come from vcpkg: its toolchain
# copies them beside each installed executable when X_VCPKG_APPLOCAL_DEPS_INSTALL is ON (the
# windows-msvc preset sets it).

set(CPACK_WIX_UPGRADE_GUID "09F8E195-9A58-467C-AF9A-B95A9023A208") # never change: upgrades find the old version by it
set(CPACK_WIX_PRODUCT_ICON "${CMAKE_CURRENT_LIST_DIR}/moderation-desk.ico")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "Moderation Desk")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_WIX_PROPERTY_ARPCOMMENTS "${PROJECT_DESCRIPTION}")
set(CPACK_WIX_LICENSE_RTF "${CMAKE_CURRENT_LIST_DIR}/License.rtf")
# moderationctl on the PATH for scripts and scheduled reports.
set(CPACK_WIX_PATCH_FILE "${CMAKE_CURRENT_LIST_DIR}/path-patch.xml")
