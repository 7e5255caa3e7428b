#include "common/error.h"

namespace spinhance {

const char* errorCodeName(ErrorCode code) {
    switch (code) {
    case ErrorCode::InvalidArgument:
        return "invalid argument";
    case ErrorCode::InvalidInput:
        return "invalid input";
    case ErrorCode::NotFound:
        return "not found";
    case ErrorCode::Unsupported:
        return "unsupported";
    case ErrorCode::Mismatch:
        return "mismatch";
    case ErrorCode::Cancelled:
        return "cancelled";
    case ErrorCode::Io:
        return "i/o error";
    }
    return "error";
}

std::string formatErrorMessage(const ErrorContext& context, const std::string& reason) {
    std::string prefix;
    auto append = [&prefix](const std::string& part) {
        if (!prefix.empty()) prefix += ", ";
        prefix += part;
    };
    if (!context.file.empty()) append(context.file);
    if (context.line > 0) append("line " + std::to_string(context.line));
    if (!context.field.empty()) append(context.field);
    return prefix.empty() ? reason : prefix + ": " + reason;
}

Error::Error(ErrorCode code, const std::string& message, ErrorContext context)
    : std::runtime_error(formatErrorMessage(context, message)), m_code(code),
      m_context(std::move(context)), m_reason(message) {}

} // namespace spinhance
