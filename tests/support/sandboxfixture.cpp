#include "tests/support/sandboxfixture.h"

namespace Tandem::Test {

SandboxFixture::SandboxFixture(const Sandbox::SandboxOptions &options)
    : m_host(std::make_unique<Sandbox::SandboxHost>(options))
{
    m_running = m_host->start(&m_error);
}

SandboxFixture::~SandboxFixture() = default;

QJsonObject SandboxFixture::stats(SandboxSide side) const
{
    return side == SandboxSide::Wix ? m_host->wix().stats() : m_host->crm().stats();
}

void SandboxFixture::reset(SandboxSide side, bool reseed)
{
    server(side).resetState(reseed);
}

Sandbox::SandboxServer &SandboxFixture::server(SandboxSide side)
{
    return side == SandboxSide::Wix ? m_host->wix() : m_host->crm();
}

void SandboxFixture::setClock(const Sandbox::Clock &clock)
{
    m_host->wix().setClock(clock);
    m_host->crm().setClock(clock);
}

} // namespace Tandem::Test
