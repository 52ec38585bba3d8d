// The one translation unit that compiles stb_image_write's implementation. Third-party code:
// its warnings are not ours, so this file is built without the project's warning flags.
#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb/stb_image_write.h>
