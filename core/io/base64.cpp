#include "io/base64.h"

#include <array>
#include <zlib.h>

namespace spinhance::io {

namespace {

std::array<signed char, 256> decodeTable() {
    std::array<signed char, 256> table{};
    table.fill(-1);
    const char* alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (int i = 0; i < 64; ++i)
        table[static_cast<unsigned char>(alphabet[i])] = static_cast<signed char>(i);
    return table;
}

} // namespace

bool decodeBase64(std::string_view text, std::string& bytes) {
    static const auto table = decodeTable();
    bytes.clear();
    bytes.reserve(text.size() * 3 / 4);
    unsigned buffer = 0;
    int bits = 0;
    for (char c : text) {
        if (c == '=') break;
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') continue;
        const int value = table[static_cast<unsigned char>(c)];
        if (value < 0) return false;
        buffer = (buffer << 6) | unsigned(value);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            bytes.push_back(char((buffer >> bits) & 0xFF));
        }
    }
    return true;
}

bool inflateZlib(const std::string& compressed, std::string& bytes, std::size_t maxBytes) {
    z_stream stream{};
    if (inflateInit(&stream) != Z_OK) return false;
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
    stream.avail_in = uInt(compressed.size());
    bytes.clear();
    char chunk[65536];
    int status = Z_OK;
    while (status == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef*>(chunk);
        stream.avail_out = sizeof chunk;
        status = inflate(&stream, Z_NO_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END) break;
        bytes.append(chunk, sizeof chunk - stream.avail_out);
        if (bytes.size() > maxBytes) status = Z_MEM_ERROR;
        if (status == Z_OK && stream.avail_in == 0 && stream.avail_out != 0) status = Z_DATA_ERROR;
    }
    inflateEnd(&stream);
    return status == Z_STREAM_END;
}

} // namespace spinhance::io
