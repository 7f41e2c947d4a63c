#include "load/cache_codec.hpp"

#include <concepts>
#include <cstring>
#include <type_traits>
#include <unordered_map>
#include <vector>

#include "load/huge_pages.hpp"

namespace repjourney {

namespace {
// Each record's fields, in one list for the encoder and the decoder. A field added to a record
// must be added here (and cache_format_version bumped): the sizes checked below and the round trip
// of a record with every field set (tests/unit/cache_codec_test.cpp) fail until it is.
#if defined(__x86_64__) && defined(__GLIBCXX__)
static_assert(sizeof(YamlNode) == 88, "a YamlNode field was added: code it in fields() below");
static_assert(sizeof(Milestone) == 152, "a Milestone field was added: code it in fields() below");
static_assert(sizeof(Role) == 184, "a Role field was added: code it in fields() below");
static_assert(sizeof(Assignment) == 104, "an Assignment field was added: code it in fields() below");
static_assert(sizeof(Goal) == 112, "a Goal field was added: code it in fields() below");
static_assert(sizeof(Pause) == 24, "a Pause field was added: code it in fields() below");
static_assert(sizeof(Representative) == 360, "a Representative field was added: code it in fields() below");
static_assert(sizeof(Event) == 144, "an Event field was added: code it in fields() below");
static_assert(sizeof(Reference) == 120, "a Reference field was added: code it in fields() below");
static_assert(sizeof(EventReference) == 20, "an EventReference field was added: code it in fields() below");
static_assert(sizeof(ParsedFile) == 552, "a ParsedFile field was added: code it in encode/decode below");
#endif

// A record of type R, const (to encode) or not (to decode).
template <typename T, typename R>
concept Is = std::same_as<std::remove_const_t<T>, R>;

template <typename C, Is<YamlNode> T>
void fields(C& c, T& n) {
    c(n.kind, n.mark, n.text, n.plain, n.flow, n.children, n.streamed_items, n.first_item_line);
}
template <typename C, Is<Duration> T>
void fields(C& c, T& d) {
    c(d.months, d.days);
}
template <typename C, Is<MilestoneDue> T>
void fields(C& c, T& d) {
    c(d.anchor, d.offset);
}
template <typename C, Is<Milestone> T>
void fields(C& c, T& m) {
    c(m.id, m.title, m.due, m.every, m.recognize, m.recognize_action, m.scope, m.implicit, m.mark);
}
template <typename C, Is<Role> T>
void fields(C& c, T& r) {
    c(r.id, r.title, r.description, r.expectations, r.term, r.feedback_every, r.journey, r.notify_employer, r.mark);
}
template <typename C, Is<Assignment> T>
void fields(C& c, T& a) {
    c(a.role, a.start, a.end, a.workplace, a.mark);
}
template <typename C, Is<Goal> T>
void fields(C& c, T& g) {
    c(g.id, g.title, g.due, g.done, g.mark);
}
template <typename C, Is<Pause> T>
void fields(C& c, T& p) {
    c(p.from, p.until);
}
template <typename C, Is<Representative> T>
void fields(C& c, T& r) {
    c(r.id, r.name, r.email, r.phone, r.branch, r.coordinator, r.born, r.feedback_every, r.paused, r.left,
      r.left_reason, r.assignments, r.goals, r.mark);
}
// An event's note, stored in line rather than in the table of texts, so that a decoder leaving notes
// out (LoadScope::without_notes) skips it without copying it.
template <typename View>
struct NoteText {
    View& view;
};
template <typename View>
NoteText(View&) -> NoteText<View>;
template <typename C, Is<Event> T>
void fields(C& c, T& e) {
    c(e.date, e.type, e.rep, e.milestone, e.role, e.by, e.action, e.for_key, NoteText{e.note}, e.mark, e.answer,
      e.person);
}
template <typename C, Is<Reference> T>
void fields(C& c, T& r) {
    c(r.kind, r.id, r.mark, r.rep, r.role);
}
template <typename C, Is<EventReference> T>
void fields(C& c, T& r) {
    c(r.kind, r.mark, r.event);
}
// A parse in two parts: everything but the events first, so that a decoder wanting no events
// (decode_parsed_file's without_events) stops after it, and needs no texts: only events view them.
template <typename C, Is<ParsedFile> T>
void head_fields(C& c, T& p) {
    c(p.root, p.lists.roles, p.lists.representatives, p.references.named, p.content_hash);
}
template <typename C, Is<ParsedFile> T>
void event_fields(C& c, T& p) {
    c(p.lists.events, p.references.events);
}
template <typename C, Is<ParsedFile> T>
void fields(C& c, T& p) {
    head_fields(c, p);
    event_fields(c, p);
}

// The last value of each enum stored, so that the decoder refuses any other.
constexpr YamlNode::Kind last_value(YamlNode::Kind) { return YamlNode::Kind::mapping; }
constexpr MilestoneDue::Anchor last_value(MilestoneDue::Anchor) { return MilestoneDue::Anchor::end; }
constexpr MilestoneScope last_value(MilestoneScope) { return MilestoneScope::term; }
constexpr EmployerNotice last_value(EmployerNotice) { return EmployerNotice::aml; }
constexpr EventType last_value(EventType) { return EventType::nomination; }
constexpr NominationAnswer last_value(NominationAnswer) { return NominationAnswer::undecided; }
constexpr Reference::Kind last_value(Reference::Kind) { return Reference::Kind::exit_reason; }

template <typename T>
concept Record = requires(int& c, T& t) {
    fields(c, t);
};

// Little-endian or not, as the machine is: a cache never leaves the machine that wrote it.
class Encoder {
public:
    // With write, the bytes are handed on a megabyte or more at a time (see flush).
    explicit Encoder(const WriteBytes* write = nullptr) : write_(write) {}
    std::string out;
    // The events' views into the parse's TextPool, each stored once, by its place in this list.
    std::vector<std::string_view> views;

    template <typename... T>
    requires(sizeof...(T) > 1) void operator()(const T&... values) { ((*this)(values), ...); }
    void operator()(bool value) { out.push_back(static_cast<char>(value)); }
    template <std::integral I>
    void operator()(I value) {
        out.append(reinterpret_cast<const char*>(&value), sizeof value);
    }
    template <typename E>
    requires std::is_enum_v<E>
    void operator()(E value) { out.push_back(static_cast<char>(value)); }
    void operator()(const std::string& text) { bytes(text); }
    void operator()(NoteText<const std::string_view> note) { bytes(note.view); }
    void bytes(std::string_view text) {
        (*this)(static_cast<std::uint32_t>(text.size()));
        out.append(text);
    }
    void operator()(std::string_view view) {
        const auto [place, added] = view_places_.try_emplace(view, static_cast<std::uint32_t>(views.size()));
        if (added) views.push_back(view);
        (*this)(place->second);
    }
    void operator()(Date date) { (*this)(date.days.time_since_epoch().count()); }
    void operator()(const SourceMark& mark) { (*this)(mark.line, mark.column); }
    template <typename T>
    void operator()(const std::optional<T>& value) {
        (*this)(value.has_value());
        if (value) (*this)(*value);
    }
    template <typename T>
    void operator()(const std::vector<T>& items) {
        (*this)(static_cast<std::uint32_t>(items.size()));
        for (const T& item : items) {
            (*this)(item);
            if (write_ && out.size() >= piece_bytes) flush();
        }
    }
    template <Record T>
    void operator()(const T& record) {
        fields(*this, record);
    }
    // How many bytes have been encoded so far.
    std::uint64_t encoded() const { return handed_on_ + out.size(); }
    void flush() {
        if (!write_ || out.empty()) return;
        (*write_)(out);
        handed_on_ += out.size();
        out.clear();
    }

private:
    static constexpr std::size_t piece_bytes = std::size_t{1} << 20;
    std::unordered_map<std::string_view, std::uint32_t> view_places_;
    const WriteBytes* write_;
    std::uint64_t handed_on_ = 0;
};

struct BadBytes {};

class Decoder {
public:
    // Notes go to notes; with none, they are skipped. What is decoded goes to done_with, when given,
    // a megabyte or more at a time (and the rest with let_go_of_rest()).
    Decoder(std::string_view in, std::uint32_t file, TextPool* notes = nullptr, const WriteBytes* done_with = nullptr)
        : in_(in),
          file_(file),
          notes_(notes),
          done_with_(done_with && *done_with ? done_with : nullptr),
          held_from_(in.data()) {}
    std::vector<std::string_view> views;
    bool at_end() const { return in_.empty(); }

    template <typename... T>
    requires(sizeof...(T) > 1) void operator()(T&&... values) { ((*this)(std::forward<T>(values)), ...); }
    void operator()(bool& value) {
        const char byte = take(1)[0];
        if (byte != 0 && byte != 1) throw BadBytes{};
        value = byte == 1;
    }
    template <std::integral I>
    void operator()(I& value) {
        const std::string_view bytes = take(sizeof value);  // exactly that many, or it throws
        std::memcpy(&value, bytes.data(), bytes.size());
    }
    template <typename E>
    requires std::is_enum_v<E>
    void operator()(E& value) {
        const auto byte = static_cast<unsigned char>(take(1)[0]);
        if (byte > static_cast<unsigned char>(last_value(E{}))) throw BadBytes{};
        value = static_cast<E>(byte);
    }
    void operator()(std::string& text) { text.assign(bytes()); }
    void operator()(NoteText<std::string_view> note) {
        const std::string_view text = bytes();
        note.view = notes_ ? notes_->copy(text) : std::string_view{};
    }
    // A string's bytes, as they stand in the input.
    std::string_view bytes() {
        std::uint32_t size = 0;
        (*this)(size);
        return take(size);
    }
    void operator()(std::string_view& view) {
        std::uint32_t place = 0;
        (*this)(place);
        if (place >= views.size()) throw BadBytes{};
        view = views[place];
    }
    void operator()(Date& date) {
        std::chrono::days::rep days = 0;
        (*this)(days);
        date.days = std::chrono::sys_days{std::chrono::days{days}};
    }
    void operator()(SourceMark& mark) {
        mark.file = file_;
        (*this)(mark.line, mark.column);
    }
    template <typename T>
    void operator()(std::optional<T>& value) {
        bool present = false;
        (*this)(present);
        if (!present) return value.reset();
        (*this)(value.emplace());
    }
    template <typename T>
    void operator()(std::vector<T>& items) {
        std::uint32_t size = 0;
        (*this)(size);
        if (size > in_.size()) throw BadBytes{};  // each item takes a byte at least: no huge vector from a bad count
        // Made one by one, not all at once: a large file's records then take memory only as the bytes
        // they are decoded from are given back.
        items.clear();
        reserve_in_huge_pages(items, size);
        for (std::uint32_t i = 0; i < size; ++i) {
            T& item = items.emplace_back();
            (*this)(item);
            if (done_with_ && static_cast<std::size_t>(in_.data() - held_from_) >= let_go_bytes) let_go_of_rest();
        }
    }
    void let_go_of_rest() {
        if (!done_with_ || in_.data() == held_from_) return;
        (*done_with_)({held_from_, static_cast<std::size_t>(in_.data() - held_from_)});
        held_from_ = in_.data();
    }
    // Nested no deeper than the parser allows: a corrupt cache must not exhaust the stack.
    void operator()(YamlNode& node) {
        if (++depth_ > max_yaml_depth + 2) throw BadBytes{};
        fields(*this, node);
        --depth_;
    }
    template <Record T>
    void operator()(T& record) {
        fields(*this, record);
    }

private:
    std::string_view take(std::size_t size) {
        if (size > in_.size()) throw BadBytes{};
        const std::string_view taken = in_.substr(0, size);
        in_.remove_prefix(size);
        return taken;
    }

    static constexpr std::size_t let_go_bytes = std::size_t{1} << 20;
    std::string_view in_;
    std::uint32_t file_;
    TextPool* notes_;
    const WriteBytes* done_with_;
    const char* held_from_;  // the first byte not yet handed to done_with_
    int depth_ = 0;
};

// The records, then the views' texts they point at, then how many bytes those take: the records of
// a large file are written once, not copied behind a table made after them.
void encode_all(Encoder& encoder, const ParsedFile& parsed) {
    encoder(parsed);
    const std::uint64_t records = encoder.encoded();
    encoder(static_cast<std::uint32_t>(encoder.views.size()));
    for (const std::string_view view : encoder.views) encoder.bytes(view);
    encoder(encoder.encoded() - records);
}
}  // namespace

std::string encode_parsed_file(const ParsedFile& parsed, std::size_t expected_size) {
    Encoder encoder;
    encoder.out.reserve(expected_size);
    encode_all(encoder, parsed);
    return std::move(encoder.out);
}

std::uint64_t encode_parsed_file(const ParsedFile& parsed, const WriteBytes& write) {
    Encoder encoder{&write};
    encode_all(encoder, parsed);
    encoder.flush();
    return encoder.encoded();
}

std::optional<ParsedFile> decode_parsed_file(std::string_view bytes, std::uint32_t file, std::size_t event_room,
                                             LoadScope scope, const WriteBytes& done_with) {
    try {
        std::uint64_t table_size = 0;
        if (bytes.size() < sizeof table_size) return std::nullopt;
        std::memcpy(&table_size, bytes.data() + bytes.size() - sizeof table_size, sizeof table_size);
        bytes.remove_suffix(sizeof table_size);
        if (table_size > bytes.size()) return std::nullopt;
        Decoder table{bytes.substr(bytes.size() - table_size), file};
        std::uint32_t count = 0;
        table(count);
        if (count > table_size) return std::nullopt;  // each takes four bytes at least
        std::vector<std::string_view> texts(count);
        std::size_t text_bytes = 0;
        for (std::string_view& text : texts) {
            text = table.bytes();
            text_bytes += text.size();
        }
        if (!table.at_end()) return std::nullopt;
        const std::string_view records = bytes.substr(0, bytes.size() - table_size);
        // The texts are told apart already (the encoder stored each once): copied into one block of the
        // parse's pool, without a lookup each.
        ParsedFile parsed;
        Decoder decode{records, file, keeps_notes(scope) ? &parsed.notes : nullptr, &done_with};
        decode.views.reserve(count);
        char* place = text_bytes > 0 ? parsed.texts.block(text_bytes) : nullptr;
        for (const std::string_view text : texts) {
            if (text.empty()) {
                decode.views.emplace_back();
                continue;
            }
            std::memcpy(place, text.data(), text.size());
            decode.views.emplace_back(place, text.size());
            place += text.size();
        }
        if (done_with) done_with(std::string_view{records.end(), table_size + sizeof table_size});  // copied
        reserve_in_huge_pages(parsed.lists.events, event_room);
        decode(parsed);
        if (!decode.at_end()) throw BadBytes{};
        decode.let_go_of_rest();
        for (const EventReference& reference : parsed.references.events)
            if (reference.event >= parsed.lists.events.size()) throw BadBytes{};
        parsed.texts.drop_index();  // as a parse hands its pool over to the loader's thread
        return parsed;
    } catch (const BadBytes&) {
        return std::nullopt;
    }
}

std::optional<ParsedFile> decode_parsed_file_without_events(std::string_view bytes, std::uint32_t file) {
    try {
        Decoder decode{bytes, file};
        ParsedFile parsed;
        head_fields(decode, parsed);
        return parsed;
    } catch (const BadBytes&) {
        return std::nullopt;
    }
}

}  // namespace repjourney
