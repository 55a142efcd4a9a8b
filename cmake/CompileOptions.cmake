# One INTERFACE target that every target of the project links: language level, warnings and
# the Qt definitions that turn implicit byte/text conversions into compile errors.
add_library(moderation_options INTERFACE)
target_compile_features(moderation_options INTERFACE cxx_std_20)
target_compile_definitions(moderation_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_NO_KEYWORDS
    # Qt 6.4 spells it _BEFORE; _UP_TO needs 6.5 and is silently ignored here.
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

if(MSVC)
    target_compile_options(moderation_options INTERFACE /W4 /utf-8 /permissive-)
    if(MODERATION_WERROR)
        target_compile_options(moderation_options INTERFACE /WX)
    endif()
else()
    target_compile_options(moderation_options INTERFACE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
    if(MODERATION_WERROR)
        target_compile_options(moderation_options INTERFACE -Werror)
    endif()
endif()

if(MODERATION_SANITIZE)
    if(MSVC)
        target_compile_options(moderation_options INTERFACE /fsanitize=address)
    else()
        set(_san -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
        target_compile_options(moderation_options INTERFACE ${_san})
        target_link_options(moderation_options INTERFACE ${_san})
    endif()
endif()
