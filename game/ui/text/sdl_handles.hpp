#pragma once
// Owning handles for SDL objects.

#include <SDL.h>

#include <memory>

namespace kindling::text {

struct SurfaceDeleter {
    void operator()(SDL_Surface* surface) const { SDL_FreeSurface(surface); }
};
using SurfacePtr = std::unique_ptr<SDL_Surface, SurfaceDeleter>;

// A texture must be destroyed before the renderer that made it (SDL_DestroyRenderer frees
// its textures; destroying one afterwards is a use after free).
struct TextureDeleter {
    void operator()(SDL_Texture* texture) const { SDL_DestroyTexture(texture); }
};
using TexturePtr = std::unique_ptr<SDL_Texture, TextureDeleter>;

}  // namespace kindling::text
