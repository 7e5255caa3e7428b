# `cpack -G DEB` from the build folder: a Debian package with dependencies filled in by shlibdeps,
# installed like a desktop program (a .desktop entry, MIME types for JCAMP-DX and nmrML, an icon,
# AppStream metainfo). Test: tests/installer/packagetest.sh (validators, then the package unpacked
# into a scratch root runs its own `spinhance-cli demo` on the bundled example).
set(CPACK_PACKAGE_NAME spinhance)
set(CPACK_PACKAGE_VENDOR "Spinhance developers")
set(CPACK_PACKAGE_CONTACT "Spinhance developers <spinhance@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)

# The bundled example and the default model; modelregistry finds the model next to bin/ as
# ../share/spinhance/models/default.spinmodel.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/ DESTINATION share/spinhance)
set(SPINHANCE_APP_ID org.spinhance.Spinhance)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/${SPINHANCE_APP_ID}.desktop DESTINATION share/applications)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/${SPINHANCE_APP_ID}.metainfo.xml DESTINATION share/metainfo)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/${SPINHANCE_APP_ID}.svg
        DESTINATION share/icons/hicolor/scalable/apps)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/spinhance-mime.xml DESTINATION share/mime/packages
        RENAME spinhance.xml)
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION share/doc/spinhance RENAME copyright)
include(CPack)
