#pragma once

#include <stdexcept>
#include <string>

namespace spinhance {

/// What kind of expected failure happened; callers branch on this, users read the message.
enum class ErrorCode {
    InvalidArgument, ///< a parameter out of range or inconsistent
    InvalidInput,    ///< a file or record that is malformed
    NotFound,        ///< a file, label or key that does not exist
    Unsupported,     ///< valid input this build cannot handle (format variant, size limit)
    Mismatch,        ///< e.g. a model file of another recipe or grid
    Cancelled,       ///< the user cancelled a long operation
    Io,              ///< reading or writing failed
};

/// Human-readable name of an error code ("invalid input", ...).
const char* errorCodeName(ErrorCode code);

/// Where an expected failure happened: file, line (1-based, 0 = unknown) and the field or
/// parameter.
struct ErrorContext {
    std::string file;
    int line = 0;
    std::string field;
};

/// The one exception type core throws at its boundaries for expected failures. `what()` is a full
/// sentence a chemist can act on: "file.jdx, line 12, ##NPOINTS: expected 16384 points, found
/// 16380".
class Error : public std::runtime_error {
public:
    Error(ErrorCode code, const std::string& message, ErrorContext context = {});

    ErrorCode code() const noexcept { return m_code; }
    const ErrorContext& context() const noexcept { return m_context; }
    /// The message without the file/line/field prefix.
    const std::string& reason() const noexcept { return m_reason; }

private:
    ErrorCode m_code;
    ErrorContext m_context;
    std::string m_reason;
};

/// Formats "file, line N, field: reason" leaving out the parts that are empty.
std::string formatErrorMessage(const ErrorContext& context, const std::string& reason);

} // namespace spinhance
