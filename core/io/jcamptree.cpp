#include "io/jcamptree.h"

#include "common/error.h"
#include "io/textfile.h"

#include <cctype>

namespace spinhance::io {

namespace {

constexpr int kMaxBlockDepth = 8;

struct TreeBuilder {
    JcampDocument& doc;
    std::vector<std::size_t> stack; // indices into doc.blocks
    JcampLdr* last = nullptr;

    JcampBlock& current() {
        if (stack.empty()) openBlock();
        return doc.blocks[stack.back()];
    }
    void openBlock() {
        if (int(stack.size()) >= kMaxBlockDepth)
            throw Error(ErrorCode::InvalidInput,
                        "blocks nested deeper than " + std::to_string(kMaxBlockDepth) + " levels",
                        {doc.fileName, 0, "##TITLE"});
        doc.blocks.push_back({});
        doc.blocks.back().depth = int(stack.size());
        stack.push_back(doc.blocks.size() - 1);
    }
    void addLdr(JcampLdr ldr, std::size_t lineIndex) {
        if (ldr.label == "TITLE" && !(stack.size() == 1 && current().ldrs.empty())) openBlock();
        ldr.firstDataLine = ldr.endDataLine = lineIndex + 1;
        JcampBlock& block = current();
        block.ldrs.push_back(std::move(ldr));
        last = &block.ldrs.back();
        if (last->label == "END") {
            last = nullptr;
            stack.pop_back();
        }
    }
};

JcampLdr parseLdrLine(std::string_view line, int lineNumber) {
    JcampLdr ldr;
    line.remove_prefix(2); // "##"
    const std::size_t eq = line.find('=');
    ldr.label = normaliseJcampLabel(line.substr(0, eq));
    ldr.value = eq == std::string_view::npos ? std::string()
                                             : std::string(stripJcampComment(line.substr(eq + 1)));
    ldr.line = lineNumber;
    return ldr;
}

} // namespace

std::string normaliseJcampLabel(std::string_view label) {
    std::string out;
    out.reserve(label.size());
    for (char c : label) {
        if (c == ' ' || c == '\t' || c == '-' || c == '_' || c == '/' || c == '\r') continue;
        out.push_back(char(std::toupper(static_cast<unsigned char>(c))));
    }
    return out;
}

std::string_view stripJcampComment(std::string_view text) {
    const std::size_t comment = text.find("$$");
    return trim(comment == std::string_view::npos ? text : text.substr(0, comment));
}

const JcampLdr* JcampBlock::find(std::string_view normalisedLabel) const {
    for (const JcampLdr& ldr : ldrs)
        if (ldr.label == normalisedLabel) return &ldr;
    return nullptr;
}

std::string JcampBlock::value(std::string_view normalisedLabel, const std::string& fallback) const {
    const JcampLdr* ldr = find(normalisedLabel);
    return ldr ? ldr->value : fallback;
}

JcampDocument parseJcampDocument(std::string text, const std::string& fileName) {
    JcampDocument doc;
    doc.fileName = fileName;
    doc.text = std::move(text);
    doc.lines = splitLines(doc.text);
    TreeBuilder builder{doc, {}, nullptr};
    for (std::size_t i = 0; i < doc.lines.size(); ++i) {
        std::string_view line = trim(doc.lines[i]);
        if (startsWith(line, "##") && !startsWith(line, "##$$")) {
            builder.addLdr(parseLdrLine(line, int(i + 1)), i);
        } else if (builder.last) {
            builder.last->endDataLine = i + 1;
        }
    }
    if (doc.blocks.empty() || doc.blocks.front().ldrs.empty())
        throw Error(ErrorCode::InvalidInput, "expected JCAMP-DX records (\"##LABEL=\"), found none",
                    {fileName, 1, {}});
    return doc;
}

} // namespace spinhance::io
