# Google's libphonenumber (Apache-2.0), which validates phone numbers written with a country code
# for the PII detector. Defines the target PhoneNumber::PhoneNumber.
#
# vcpkg, and upstream from 8.13.4, install a CMake package (target libphonenumber::phonenumber);
# Debian 12's libphonenumber-dev ships only the headers and libphonenumber.so, which carries its
# own dependencies (protobuf, ICU, abseil) as a shared library does.

find_package(libphonenumber CONFIG QUIET)
if(TARGET libphonenumber::phonenumber)
    add_library(PhoneNumber::PhoneNumber INTERFACE IMPORTED)
    target_link_libraries(PhoneNumber::PhoneNumber INTERFACE libphonenumber::phonenumber)
    set(PhoneNumber_FOUND TRUE)
    return()
endif()

find_path(PhoneNumber_INCLUDE_DIR phonenumbers/phonenumberutil.h)
find_library(PhoneNumber_LIBRARY phonenumber)

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(PhoneNumber
    REQUIRED_VARS PhoneNumber_LIBRARY PhoneNumber_INCLUDE_DIR
    REASON_FAILURE_MESSAGE "install libphonenumber-dev (tools/dev.sh packages lists it)")

if(PhoneNumber_FOUND AND NOT TARGET PhoneNumber::PhoneNumber)
    # An imported target's include directories are system ones to its users: the library's
    # headers (protobuf, abseil) stay out of -Werror.
    add_library(PhoneNumber::PhoneNumber UNKNOWN IMPORTED)
    set_target_properties(PhoneNumber::PhoneNumber PROPERTIES
        IMPORTED_LOCATION "${PhoneNumber_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${PhoneNumber_INCLUDE_DIR}")
endif()
mark_as_advanced(PhoneNumber_INCLUDE_DIR PhoneNumber_LIBRARY)
