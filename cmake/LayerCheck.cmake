# moderation_check_layers(TARGET ROOT): before TARGET compiles, cmake/CheckLayers.cmake reads
# every header and source under ROOT and fails the build on an include that runs against
# cmake/Layers.cmake. It runs again whenever a file under ROOT changes.
set(MODERATION_LAYER_SCRIPT ${CMAKE_CURRENT_LIST_DIR}/CheckLayers.cmake)
set(MODERATION_LAYER_TABLE ${CMAKE_CURRENT_LIST_DIR}/Layers.cmake)

function(moderation_check_layers target root)
    file(GLOB_RECURSE _checked CONFIGURE_DEPENDS ${root}/*.h ${root}/*.cpp)
    set(_stamp ${CMAKE_CURRENT_BINARY_DIR}/${target}_layers.stamp)
    add_custom_command(
        OUTPUT ${_stamp}
        COMMAND ${CMAKE_COMMAND} -DROOT=${root} -DLAYERS=${MODERATION_LAYER_TABLE} -DSTAMP=${_stamp}
                -P ${MODERATION_LAYER_SCRIPT}
        DEPENDS ${_checked} ${MODERATION_LAYER_SCRIPT} ${MODERATION_LAYER_TABLE}
        COMMENT "Checking that ${target}'s folders include only the layers below them"
        VERBATIM)
    add_custom_target(${target}_layers DEPENDS ${_stamp})
    add_dependencies(${target} ${target}_layers)
endfunction()
